package dev.byhand.submission;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Reads one student's answers file (CSV, JSON, or one of the other {@link Format}s, detected from
 * content; the extension is only a hint). Never throws for bad content: see {@link Submission}.
 * Immutable and thread-safe.
 */
public final class SubmissionReader {
  private final KeyResolver keys;

  /** A reader that knows keys by their syntax alone (the handout's item names and synonyms). */
  public SubmissionReader() {
    this(KeyResolver.SYNTAX_ONLY);
  }

  /** A reader that resolves keys to the rubric items {@code keys} was built from. */
  public SubmissionReader(KeyResolver keys) {
    this.keys = requireNonNull(keys, "keys");
  }

  /**
   * Everything readable in {@code file}; never null. Size, binary formats, encodings and syntax
   * errors become {@link Submission#unreadable()} or {@link Submission#problems()}.
   */
  public Submission read(String studentId, Path file) {
    requireNonNull(studentId, "studentId");
    requireNonNull(file, "file");
    try {
      return read(studentId, file, bytes(file));
    } catch (Unreadable e) {
      return Submission.unreadable(studentId, file, e.getMessage());
    }
  }

  /**
   * Everything readable in {@code bytes}, the contents of a file named {@code file} that does not
   * come from the file system (the self-check page's, picked or typed in a browser); never null,
   * and never throws for content: a bug in reading becomes the file's unreadable reason, as in
   * {@link SubmissionFinder#read}.
   */
  public Submission readContents(Path file, byte[] bytes) {
    requireNonNull(file, "file");
    requireNonNull(bytes, "bytes");
    String studentId = StudentIds.of(String.valueOf(file.getFileName()), false);
    if (bytes.length > Limits.MAX_FILE_BYTES) {
      return Submission.unreadable(studentId, file, tooLarge(bytes.length).getMessage());
    }
    try {
      return read(studentId, file, bytes);
    } catch (RuntimeException e) {
      return Submission.unreadable(
          studentId,
          file,
          "byhand failed to read this file ("
              + ExceptionNames.of(e)
              + "); a TA must look at it, and please report it");
    }
  }

  /**
   * Everything readable in {@code bytes}, the contents of {@code file} (already read and within the
   * size limit); never null. Separate from the file system so the fuzz tests can call it directly.
   */
  Submission read(String studentId, Path file, byte[] bytes) {
    String fileName = String.valueOf(file.getFileName());
    try {
      if (FileSniffer.isZip(bytes)) {
        return shown(studentId, file, OfficeFiles.read(bytes));
      }
      String text = text(bytes);
      if (RtfText.isRtf(text)) {
        return shown(studentId, file, RtfText.shown(text));
      }
      if (MarkupText.isMarkup(text, fileName)) {
        return shown(studentId, file, MarkupText.shown(text));
      }
      String western = Clean.westernPunctuation(text);
      Format format = FormatSniffer.of(western, fileName);
      Optional<Notebook> notebook = format == Format.JSON ? Notebook.of(text) : Optional.empty();
      if (notebook.isPresent()) {
        if (Clean.isBlank(notebook.get().text())) {
          throw new Unreadable(
              "this Jupyter notebook has no markdown cells or printed outputs to read answers"
                  + " from; write your answers in a markdown cell, one a line, like q1.hidden ="
                  + " [5, 4, 0]");
        }
        Notebook cells = notebook.get();
        return shown(
            studentId,
            file,
            "this Jupyter notebook",
            cells.text(),
            cells.code(),
            Optional.empty(),
            cells::place);
      }
      AnswerSink sink = new AnswerSink(fileName, keys, text);
      read(format, format == Format.JSON ? text : western, List.of(), sink);
      return new Submission(
          studentId, file, Optional.of(format), sink.answers(), sink.problems(), Optional.empty());
    } catch (Unreadable e) {
      return Submission.unreadable(studentId, file, e.getMessage());
    }
  }

  /**
   * Reads {@code text} into {@code sink}: its answers, then corrections and traces of answers not
   * read. The callers give a write-up with its full-width punctuation ({@code ，} {@code ：} {@code
   * 。}) in its Western form, one character for one ({@link Clean#westernPunctuation}), so lines and
   * columns stay where they are in the file the sink quotes; a JSON file as written.
   */
  private void read(Format format, String text, List<String> code, AnswerSink sink) {
    readAnswers(format, text, sink);
    Corrections.apply(text, sink, keys);
    Traces.refuseUnread(text, code, sink, keys);
  }

  private static void readAnswers(Format format, String text, AnswerSink sink) {
    switch (format) {
      case CSV, TEXT, MARKDOWN -> CsvAnswers.read(text, sink);
      case JSON -> JsonAnswers.read(text, sink);
      case YAML -> YamlAnswers.read(text, sink);
      case LATEX -> LatexAnswers.read(text, sink);
      case PYTHON -> ReplAnswers.read(text, sink);
      case PYTHON_FILE -> PythonFileAnswers.read(text, sink);
    }
  }

  private Submission shown(String studentId, Path file, ShownText document) {
    return shown(
        studentId,
        file,
        document.what(),
        document.text(),
        List.of(),
        document.format(),
        document::place);
  }

  /**
   * A document read as the text it shows (a notebook's markdown cells and printed outputs, an RTF
   * file's or a Word document's text, a workbook's first sheet), each answer placed where it was
   * read in the document by {@code place}.
   */
  private Submission shown(
      String studentId,
      Path file,
      String what,
      String text,
      List<String> code,
      Optional<Format> given,
      UnaryOperator<Location> place) {
    if (Clean.isBlank(text)) {
      throw new Unreadable(
          what
              + " shows no text to read answers from; write your answers in it, one a line, like"
              + " q1.hidden = [5, 4, 0], or "
              + OfficeFiles.SAVE_AS_TEXT);
    }
    if (text.length() > Limits.MAX_FILE_BYTES) {
      throw new Unreadable(
          what
              + " holds more than "
              + Limits.FILE_SIZE
              + " of text; an answers file needs only a few lines, so remove everything else");
    }
    String fileName = String.valueOf(file.getFileName());
    String western = Clean.westernPunctuation(text);
    Format format = given.orElseGet(() -> FormatSniffer.of(western, fileName + ".txt"));
    AnswerSink sink = new AnswerSink(fileName, keys, text);
    read(format, format == Format.JSON ? text : western, code, sink);
    List<Answer> answers = new ArrayList<>();
    for (Answer answer : sink.answers()) {
      answers.add(
          new Answer(
              answer.key(),
              answer.keyAsWritten(),
              answer.values(),
              place.apply(answer.location()),
              answer.text(),
              answer.rowSizes(),
              answer.refusal()));
    }
    List<Problem> problems = new ArrayList<>();
    for (Problem problem : sink.problems()) {
      problems.add(new Problem(place.apply(problem.location()), problem.message()));
    }
    return new Submission(
        studentId, file, Optional.of(format), answers, problems, Optional.empty());
  }

  private static String text(byte[] bytes) {
    FileSniffer.binary(bytes)
        .ifPresent(
            why -> {
              throw new Unreadable(why);
            });
    String text = TextDecoder.decode(bytes);
    if (Clean.isBlank(text)) {
      throw new Unreadable(
          "the file is empty; write your answers in it, one a line, like " + "q1.hidden,5,4,0");
    }
    return text;
  }

  /** At most the size limit plus one byte, so an oversized file is never read whole. */
  private static byte[] bytes(Path file) {
    try {
      // One stat answers both questions.
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      if (attributes.isDirectory()) {
        throw new Unreadable("this is a folder, not an answers file");
      }
      if (attributes.size() > Limits.MAX_FILE_BYTES) {
        throw tooLarge(attributes.size());
      }
      try (InputStream in = Files.newInputStream(file)) {
        byte[] bytes = read(in, attributes.size());
        if (bytes.length > Limits.MAX_FILE_BYTES) {
          throw tooLarge(bytes.length);
        }
        return bytes;
      }
    } catch (IOException e) {
      // Only the kind of failure: the exception's message holds paths on the grading machine.
      throw new Unreadable(
          "the file could not be read (" + ExceptionNames.of(e) + "); submit it again");
    }
  }

  /**
   * Reads a buffer of the size the file had when it was looked at, plus one byte to see whether it
   * grew since (then the rest too, up to the limit): {@code readNBytes} would otherwise fill and
   * copy 8 KiB buffers for a file of a few hundred bytes.
   */
  private static byte[] read(InputStream in, long size) throws IOException {
    byte[] bytes = in.readNBytes((int) size + 1);
    if (bytes.length <= size) {
      return bytes;
    }
    byte[] rest = in.readNBytes((int) Limits.MAX_FILE_BYTES + 1 - bytes.length);
    byte[] all = Arrays.copyOf(bytes, bytes.length + rest.length);
    System.arraycopy(rest, 0, all, bytes.length, rest.length);
    return all;
  }

  private static Unreadable tooLarge(long size) {
    return new Unreadable(
        String.format(
            Locale.ROOT,
            "the file is %.1f MiB (%d bytes); byhand reads "
                + "answer files of up to %s, and an answers file needs only a few lines, so remove everything else",
            size / (1024.0 * 1024.0),
            size,
            Limits.FILE_SIZE));
  }
}
