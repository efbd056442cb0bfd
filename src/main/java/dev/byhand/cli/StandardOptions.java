package dev.byhand.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code -h, --help} and {@code -V, --version} for a command built with picocli's programmatic API:
 * what {@code mixinStandardHelpOptions} gives an annotated command, without picocli reading its own
 * mixin's annotations at every start.
 */
final class StandardOptions {
  private StandardOptions() {}

  /** {@code spec} with the help and version options and byhand's version. */
  static CommandSpec addTo(CommandSpec spec) {
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .type(boolean.class)
            .arity("0")
            .description("Show this help message and exit.")
            .build());
    spec.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .type(boolean.class)
            .arity("0")
            .description("Print version information and exit.")
            .build());
    return spec.versionProvider(new VersionProvider());
  }
}
