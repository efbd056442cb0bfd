package dev.byhand.gradescope;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Gradescope's results.json specification as a JSON Schema
 * (src/test/resources/gradescope/results.schema.json).
 */
public final class GradescopeSchema {
  private static final Schema SCHEMA = load();

  private GradescopeSchema() {}

  /** Fails with every violation listed if {@code json} does not meet the specification. */
  public static void assertValid(String json) {
    List<Error> errors = SCHEMA.validate(json, InputFormat.JSON);
    assertThat(errors).as("results.json against Gradescope's specification:%n%s", json).isEmpty();
  }

  private static Schema load() {
    try (InputStream in =
        GradescopeSchema.class.getResourceAsStream("/gradescope/results.schema.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
