package dev.byhand.report;

import static java.util.Objects.requireNonNull;

import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Renders reports from the Mustache templates inside the jar ({@code byhand/templates} on the
 * classpath). Templates are compiled once, in the constructor, so a broken template fails at
 * start-up rather than on the 300th student. Immutable and thread-safe: compiled Mustache.java
 * templates may be executed concurrently.
 */
public final class ReportRenderer {
  /** Bytes to start a page with: more than a handout's report needs, so it rarely has to grow. */
  private static final int PAGE_CAPACITY = 32 * 1024;

  private final Mustache student;
  private final Mustache index;
  private final Mustache clusters;

  /** The templates' literal texts, already encoded: see {@link TemplateFactory}. */
  private final Map<String, byte[]> encodedText;

  /**
   * Each rendering thread's page buffer, reused from report to report: see {@link
   * #renderStudentReused}.
   */
  private final ThreadLocal<Utf8Writer> pages;

  /** Compiles every template; throws if one is missing or malformed. */
  public ReportRenderer() {
    TemplateFactory factory = new TemplateFactory();
    this.student = factory.compile("student.mustache");
    this.index = factory.compile("index.mustache");
    this.clusters = factory.compile("identical-answers.mustache");
    this.encodedText = factory.encodedText();
    this.pages = ThreadLocal.withInitial(() -> Utf8Writer.inMemory(PAGE_CAPACITY, encodedText));
  }

  /**
   * The complete HTML page for one student, never null. Every value of the view is HTML-escaped;
   * the same view always gives the same text.
   */
  public String renderStudent(StudentReportView view) {
    ByteBuffer page = renderStudentUtf8(view);
    return new String(page.array(), page.arrayOffset(), page.limit(), StandardCharsets.UTF_8);
  }

  /**
   * The same page as {@link #renderStudent}, encoded as UTF-8 (the form it is written in), never
   * null. The buffer is the caller's, positioned at the page's first byte.
   */
  public ByteBuffer renderStudentUtf8(StudentReportView view) {
    requireNonNull(view, "view");
    Utf8Writer out = Utf8Writer.inMemory(PAGE_CAPACITY, encodedText);
    student.execute(out, view);
    return out.toByteBuffer();
  }

  /**
   * The same bytes as {@link #renderStudentUtf8}, in this thread's own buffer: valid only until the
   * thread renders its next page, so for writing the page out at once (as {@link ReportSet} does).
   */
  ByteBuffer renderStudentReused(StudentReportView view) {
    requireNonNull(view, "view");
    Utf8Writer out = pages.get();
    out.clear();
    student.execute(out, view);
    return out.toByteBuffer();
  }

  /**
   * Writes the class overview straight to {@code out}, every value HTML-escaped: for a MOOC the
   * page is tens of megabytes, too large to build as one String in a small heap.
   */
  public void renderIndex(IndexView view, Writer out) throws IOException {
    index.execute(out, requireNonNull(view, "view")).flush();
  }

  /**
   * Writes the TA-only page of identical wrong answers straight to {@code out}, every value
   * HTML-escaped.
   */
  public void renderClusters(ClustersView view, Writer out) throws IOException {
    clusters.execute(out, requireNonNull(view, "view")).flush();
  }
}
