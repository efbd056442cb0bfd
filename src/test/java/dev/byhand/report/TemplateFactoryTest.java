package dev.byhand.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheNotFoundException;
import com.github.mustachejava.resolver.ClasspathResolver;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateFactoryTest {
  private static DefaultMustacheFactory factory() {
    DefaultMustacheFactory factory = new DefaultMustacheFactory(new ConfinedResolver());
    factory.setObjectHandler(new StrictObjectHandler());
    return factory;
  }

  private static String render(String template, Object scope) {
    StringWriter out = new StringWriter();
    factory().compile(new StringReader(template), "inline").execute(out, scope);
    return out.toString();
  }

  @Nested
  class ConfinedToTheTemplatesFolder {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "../../etc/passwd",
          "file:///etc/passwd",
          "/etc/passwd",
          "https://example.com/x.mustache",
          "../../dev/byhand/report/ReportRenderer.class",
          "..\\..\\etc\\passwd",
          "style.mustache/../../../etc/passwd",
          "./style.mustache",
          "STYLE.mustache",
          ""
        })
    void refusesNamesThatAreNotPlainTemplateNames(String name) {
      assertThat(new ConfinedResolver().getReader(name)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "file:///etc/passwd", "/etc/passwd"})
    void aPartialOutsideTheFolderFailsToCompile(String name) {
      DefaultMustacheFactory factory = factory();
      assertThatThrownBy(() -> factory.compile(new StringReader("{{> " + name + "}}"), "evil"))
          .isInstanceOf(MustacheNotFoundException.class);
    }

    @Test
    void findsOurOwnTemplates() throws Exception {
      try (Reader style = new ConfinedResolver().getReader("style.mustache")) {
        assertThat(style).isNotNull();
      }
    }

    /** Why the names are checked: the library's resolver normalizes ".." away from its root. */
    @Test
    void libraryClasspathResolverAloneLeavesItsRoot() throws Exception {
      ClasspathResolver plain = new ClasspathResolver(ConfinedResolver.ROOT);
      try (Reader escaped = plain.getReader("../../dev/byhand/report/ReportRenderer.class")) {
        assertThat(escaped).isNotNull();
      }
    }
  }

  @Nested
  class StrictRecordLookup {
    record Point(String x, List<String> tags) {
      public boolean hasTags() {
        return !tags.isEmpty();
      }
    }

    @Test
    void recordAccessorsAndDerivedMethodsResolve() {
      assertThat(
              render(
                  "{{x}}{{#hasTags}}:{{#tags}}[{{.}}]{{/tags}}{{/hasTags}}",
                  new Point("7", List.of("a", "b"))))
          .isEqualTo("7:[a][b]");
    }

    @Test
    void emptyStringSectionIsFalsy() {
      assertThat(render("{{#x}}yes{{/x}}{{^x}}no{{/x}}", new Point("", List.of()))).isEqualTo("no");
    }

    @Test
    void aNameTheViewLacksFailsInsteadOfRenderingEmpty() {
      assertThatThrownBy(() -> render("{{nosuch}}", new Point("7", List.of())))
          .hasStackTraceContaining("{{nosuch}}");
    }
  }
}
