package dev.byhand.grading;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Hands {@link GradingChecks} the batch named by the launcher request's configuration. */
final class BatchResolver implements ParameterResolver {
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == CheckBatch.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getConfigurationParameter(CheckBatch.ID_PARAMETER)
        .flatMap(CheckBatch::open)
        .orElseThrow(() -> new ParameterResolutionException("no open grading batch"));
  }
}
