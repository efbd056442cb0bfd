package dev.byhand.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.byhand.exact.Rational;
import dev.byhand.grading.Grader;
import dev.byhand.grading.ItemResult;
import dev.byhand.grading.Reading;
import dev.byhand.grading.RubricKeys;
import dev.byhand.grading.StudentResult;
import dev.byhand.network.Value;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricLoader;
import dev.byhand.submission.Location;
import dev.byhand.submission.Submission;
import dev.byhand.submission.SubmissionReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Measures the reader against a careful TA (issue 23, deliverable 8): every write-up in each corpus
 * ({@code src/test/resources/reading-corpus/} and the held-out {@code reading-corpus-2/}, {@code
 * reading-corpus-3/}, {@code reading-corpus-4/} and {@code reading-corpus-6/}) is read and graded
 * through the real path ({@link SubmissionReader} + {@link Grader}) and compared item by item with
 * {@code verdicts.json}, which a TA wrote from the file text before byhand was run on it.
 *
 * <p>byhand disagrees a lot today: that is what the corpus is for. The test does not ask for
 * agreement; it pins today's figures as a floor, so that the reader can only get better, and prints
 * every disagreement. The figures and the kinds of misread are in {@code docs/READING.md}.
 *
 * <ul>
 *   <li><b>agreeing</b>: byhand's verdict is the TA's (or one the TA notes as also acceptable, or a
 *       refusal the TA calls defensible), and any value it judged is the value the TA read;
 *   <li><b>confident wrong</b>: byhand judged (correct, incorrect, partial, followthrough) where
 *       the TA gives another verdict that is not a defensible refusal, or judged a value the
 *       student did not write;
 *   <li><b>there but missing</b>: byhand says missing where the TA finds an answer (or text that
 *       tries to be one).
 * </ul>
 */
class ReadingCorpusTest {
  private static final Rubric HANDOUT =
      new RubricLoader().load(Path.of("rubrics/rnn-by-hand.json"));
  private static final Set<String> JUDGED =
      Set.of("correct", "incorrect", "partial", "followthrough");

  /**
   * Files in a corpus folder that are not write-ups: the TA's verdicts and the reference script.
   */
  private static final Set<String> NOT_WRITE_UPS = Set.of("verdicts.json", "compute.py");

  /**
   * A corpus and the floor the reader is held to on it, measured on the reader of the commit that
   * set it. When the reader gets better, move these to the new figures (and docs/READING.md with
   * them); issue 23 asks for 0 confident wrong and 0 there-but-missing.
   */
  record Corpus(
      String folder,
      int writeUpsAtLeast,
      int items,
      int agreeingAtLeast,
      int confidentWrongAtMost,
      int thereButMissingAtMost,
      int sourceNotInFileAtMost) {
    Path path() {
      return Path.of("src/test/resources", folder);
    }

    @Override
    public String toString() {
      return folder;
    }
  }

  // The first corpus: first measured at 102 agreeing, 26 confident wrong, 223 there but missing,
  // before any work on issue 23's reader.
  static final Corpus FIRST = new Corpus("reading-corpus", 60, 384, 359, 0, 0, 0);
  // The second corpus, 46 write-ups written after the reader's first round of work and held out
  // from it: first measured at 154 agreeing, 0 confident wrong, 100 there but missing and 6 sources
  // not in the file (a TSV quoted with its tabs shown as ␉); now the reader's figures below (237,
  // not 238: logits taken from the pre-activation are refused, not marked partial, while the
  // student's h1 is unread, since a wrong answer may follow from an answer byhand could not read).
  static final Corpus SECOND = new Corpus("reading-corpus-2", 40, 276, 247, 0, 0, 0);

  // The third corpus, 51 write-ups written after the reader's work on issue 23 by someone who read
  // neither the reader nor the first two corpora's files; its floor is its first measurement (the
  // commit that added it to this test): 190 agreeing, 8 confident wrong, 64 there but missing;
  // now the reader's figures below (tables of every format read as one table; R's assignments and
  // answers joined by "and"; working above a result, subscript steps and ŷ with a vector, a
  // loop's t=N print; issue 23; then the safety net by shape: 0 there but missing, no refusal
  // added where the TA finds nothing).
  static final Corpus THIRD = new Corpus("reading-corpus-3", 51, 306, 290, 0, 0, 0);

  // The fourth corpus, 60 write-ups written by a helper who read neither the reader nor the other
  // corpora's files, with the TA's verdicts committed before byhand was run on them; its floor is
  // its first measurement (docs/READING.md, "The fourth corpus"); now the reader's figures below.
  // Since the safety net by shape and the blank label's lines below it: 0 there but missing, no
  // refusal added where the TA finds nothing.
  static final Corpus FOURTH = new Corpus("reading-corpus-4", 60, 360, 316, 0, 0, 0);

  // The fifth corpus, 53 write-ups in the machine-made forms (PDF and Word pastes, notebooks,
  // numpy/R/Octave/MATLAB/Julia prints, spreadsheet exports, script JSON/YAML, RTF) written by a
  // helper who read neither the reader nor the other corpora's files, with the TA's verdicts
  // committed before byhand was run on them; its floor is its first measurement (docs/READING.md,
  // "The fifth corpus"): 179 agreeing, 5 confident wrong, 38 there but missing; now the reader's
  // figures below (tables found under a title, pandas prints, captions, records under a name, one
  // wide row, a vector down column B beside an empty column C, a logger's line per step, a
  // printed dict).
  // Since the safety net by shape and the blank label's lines below it: 0 there but missing (16
  // refused quoting the line that may hold them), no refusal added where the TA finds nothing.
  static final Corpus FIFTH = new Corpus("reading-corpus-5", 53, 318, 265, 0, 0, 0);

  // The sixth corpus, 49 human-written write-ups (e-mails, forum posts, OCR'd scans, prose,
  // corrections, eight languages) by a helper who read neither the reader nor the other corpora's
  // files, the TA's verdicts committed before byhand was run on them; its floor is its first
  // measurement (docs/READING.md, "The sixth corpus"): 194 agreeing, 4 confident wrong, 15 there
  // but missing; now the reader's figures below.
  // Since the safety net by shape: 0 there but missing, no refusal added where the TA finds
  // nothing.
  static final Corpus SIXTH = new Corpus("reading-corpus-6", 49, 294, 233, 0, 0, 0);

  // The seventh corpus, 55 write-ups written by a helper who read neither the reader nor the other
  // corpora's files (languages not used before, Ans./arrow lines, unicode sub- and superscripts,
  // vectors in slashes, angle brackets, bare spaces, semicolons and one entry a line, Markdown,
  // ASCII-art and box-drawing tables, HTML from notebooks, Google Docs and Word, .docx/.odt,
  // hand-typed CSV/TSV, commented JSON/YAML, scripts and sessions, LaTeX), the TA's verdicts
  // committed before byhand was run on them; first measured (docs/READING.md, "The seventh
  // corpus") at 155 agreeing, 9 confident wrong, 6 there but missing; now the figures below.
  static final Corpus SEVENTH = new Corpus("reading-corpus-7", 55, 330, 241, 0, 0, 0);

  // The eighth corpus, 55 write-ups written by a helper who read neither the reader nor the other
  // corpora's files (chat-assistant pastes, note apps and markup not used before, unusual digits
  // and number forms, vectors as code in nine languages, data formats and query results,
  // spreadsheets pasted with row numbers, grading-platform exports), the TA's verdicts committed
  // before byhand was run on them; first measured (docs/READING.md, "The eighth corpus") at 119
  // agreeing, 4 confident wrong, 10 there but missing; now the figures below.
  static final Corpus EIGHTH = new Corpus("reading-corpus-8", 55, 330, 175, 0, 0, 0);

  // The ninth corpus, 63 hurried, human write-ups (misspelled and abbreviated labels, numbers in
  // words, corrections in place, checkmarks and self-marks, question numbering not used before,
  // work by time step and in reverse order, templates left half-filled, group work, probabilities
  // and ranks for logits, hand-drawn tables, CSV with prose, tabs, decimal commas) by a helper who
  // read neither the reader nor the other corpora's files, the TA's verdicts committed before
  // byhand was run on them; first measured (docs/READING.md, "The ninth corpus") at 232
  // agreeing, 7 confident wrong, 3 there but missing; now the figures below.
  static final Corpus NINTH = new Corpus("reading-corpus-9", 63, 378, 265, 0, 0, 0);

  // The tenth corpus, 55 write-ups of the everyday kinds issue 23 names, in variations the others
  // do not (PDF pastes with equation numbers, column vectors drawn with bracket pieces or pipes,
  // notations mixed in one file, notebooks answering after their outputs, R/Octave/Julia prints,
  // spreadsheets with titles, separator columns and totals, chains of =, probabilities with the
  // logits, 1-based indices), by a helper who read neither the reader nor the other corpora's
  // files, the TA's verdicts committed before byhand was run on them; first measured
  // (docs/READING.md, "The tenth corpus") at 178 agreeing, 17 confident wrong (equation numbers
  // read as negative entries, a declared 1-based index read from 0, two predictions on one line), 2
  // there but missing; now the figures below.
  static final Corpus TENTH = new Corpus("reading-corpus-10", 55, 330, 199, 0, 0, 0);

  static Stream<Corpus> corpora() {
    return Stream.of(FIRST, SECOND, THIRD, FOURTH, FIFTH, SIXTH, SEVENTH, EIGHTH, NINTH, TENTH);
  }

  /** The outcome of one item: what the TA says, what byhand did, and how they compare. */
  record Outcome(
      String file,
      String key,
      String ta,
      String taValue,
      String byhand,
      String byhandValue,
      String source,
      boolean agrees,
      boolean confidentWrong,
      boolean thereButMissing,
      boolean sourceInFile,
      String feedback) {}

  /** A corpus graded: the TA's verdicts, every item's outcome and every file problem. */
  record Graded(JsonObject files, List<Outcome> outcomes, List<String> problems) {}

  private static final Map<Corpus, Graded> GRADED = new ConcurrentHashMap<>();

  static Graded graded(Corpus corpus) {
    return GRADED.computeIfAbsent(corpus, ReadingCorpusTest::grade);
  }

  private static Graded grade(Corpus corpus) {
    try {
      JsonObject files =
          JsonParser.parseString(
                  Files.readString(corpus.path().resolve("verdicts.json"), StandardCharsets.UTF_8))
              .getAsJsonObject()
              .getAsJsonObject("files");
      SubmissionReader reader = new SubmissionReader(RubricKeys.of(HANDOUT));
      Grader grader = new Grader(HANDOUT);
      List<Outcome> outcomes = new ArrayList<>();
      List<String> problems = new ArrayList<>();
      for (String file : new TreeSet<>(files.keySet())) {
        Path path = corpus.path().resolve(file);
        String[] fileLines = shownLines(path);
        Submission submission = reader.read("student", path);
        StudentResult result = grader.grade(List.of(submission)).get(0);
        result.fileProblems().forEach(p -> problems.add(file + ": " + p.replace('\n', ' ')));
        JsonObject items = files.getAsJsonObject(file).getAsJsonObject("items");
        for (ItemResult item : result.items()) {
          if (!item.question().isManual()) {
            outcomes.add(outcome(file, item, items.getAsJsonObject(item.key()), fileLines));
          }
        }
      }
      return new Graded(files, outcomes, problems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The file's lines as a reader sees them: its text, or for a word-processor document (a .docx or
   * .odt zip) one line per paragraph of its text, so a source's line can be checked there too.
   */
  static String[] shownLines(Path path) throws IOException {
    byte[] bytes = Files.readAllBytes(path);
    if (bytes.length < 2 || bytes[0] != 'P' || bytes[1] != 'K') {
      return new String(bytes, StandardCharsets.UTF_8).split("\\R", -1);
    }
    try (ZipFile zip = new ZipFile(path.toFile())) {
      ZipEntry body = zip.getEntry("word/document.xml");
      String paragraphEnd = "</w:p>";
      if (body == null) {
        body = zip.getEntry("content.xml");
        paragraphEnd = "</text:p>";
      }
      if (body == null) {
        return new String[0];
      }
      String xml = new String(zip.getInputStream(body).readAllBytes(), StandardCharsets.UTF_8);
      return Stream.of(xml.split(paragraphEnd, -1))
          .map(
              paragraph ->
                  paragraph
                      .replaceAll("<[^>]*>", "")
                      .replace("&lt;", "<")
                      .replace("&gt;", ">")
                      .replace("&amp;", "&"))
          .toArray(String[]::new);
    }
  }

  static Outcome outcome(String file, ItemResult item, JsonObject ta, String[] fileLines) {
    String taVerdict = ta.get("verdict").getAsString();
    Set<String> acceptable = new TreeSet<>(Set.of(taVerdict));
    if (ta.has("also")) {
      ta.getAsJsonArray("also").forEach(v -> acceptable.add(v.getAsString()));
    }
    boolean refusalDefensible =
        ta.has("refusalDefensible") && ta.get("refusalDefensible").getAsBoolean();
    String byhand = item.status().id();
    List<JsonElement> readings = new ArrayList<>();
    if (!ta.get("value").isJsonNull()) {
      readings.add(ta.get("value"));
    }
    if (ta.has("readings")) {
      ta.getAsJsonArray("readings").forEach(readings::add);
    }
    boolean judged = JUDGED.contains(byhand);
    boolean valueWritten =
        !(item.reading() instanceof Reading.Read read)
            || readings.stream().anyMatch(r -> sameValue(read.value(), r));
    boolean verdictAgrees =
        acceptable.contains(byhand) || byhand.equals("unparseable") && refusalDefensible;
    boolean agrees = verdictAgrees && valueWritten;
    boolean defensibleRefusalByTa = taVerdict.equals("unparseable") && refusalDefensible;
    boolean confidentWrong =
        judged && (!valueWritten || !acceptable.contains(byhand) && !defensibleRefusalByTa);
    boolean thereButMissing = byhand.equals("missing") && !acceptable.contains("missing");
    String source = item.reading().source().map(Location::quoted).orElse("");
    boolean sourceInFile =
        !(item.reading() instanceof Reading.Read read) || isInFile(read.where(), fileLines);
    return new Outcome(
        file,
        item.key(),
        taVerdict,
        ta.get("value").isJsonNull() ? "" : ta.get("value").toString(),
        byhand,
        item.reading() instanceof Reading.Read read
            ? shown(read.value())
            : item.reading() instanceof Reading.Unreadable unreadable ? unreadable.given() : "",
        source,
        agrees,
        confidentWrong,
        thereButMissing,
        sourceInFile,
        item.feedback());
  }

  /**
   * Whether a line-addressed source quotes the file at that line (issue 23: "every judged answer
   * must show a source whose text is in the file at that line"). A JSON path is not checked.
   */
  static boolean isInFile(Location where, String[] fileLines) {
    if (where.line().isEmpty()) {
      return true;
    }
    int index = where.line().getAsInt() - 1;
    if (index < 0 || index >= fileLines.length) {
      return false;
    }
    String quoted = where.text().split("\n", -1)[0].strip();
    if (quoted.endsWith("…")) {
      quoted = quoted.substring(0, quoted.length() - 1).strip();
    }
    return fileLines[index].strip().startsWith(quoted);
  }

  /** A value as the TA writes it: a token as its word, numbers as a flat list. */
  static String shown(Value value) {
    if (value instanceof Value.Token token) {
      return HANDOUT.vocabulary().word(token.first()) + (token.isTie() ? " (tie)" : "");
    }
    return value.entries().toString();
  }

  /** Whether byhand's value is the one the TA read: the same word, or the same numbers in order. */
  static boolean sameValue(Value value, JsonElement ta) {
    if (ta.isJsonPrimitive() && ta.getAsJsonPrimitive().isString()) {
      String word = ta.getAsString();
      if (value instanceof Value.Token token) {
        return !token.isTie() && HANDOUT.vocabulary().word(token.first()).equals(word);
      }
      return false;
    }
    if (value instanceof Value.Token) {
      return false;
    }
    List<Rational> numbers = new ArrayList<>();
    JsonArray array = ta.getAsJsonArray();
    array.forEach(n -> numbers.add(Rational.of(new BigDecimal(n.getAsString()))));
    return value.entries().equals(numbers);
  }

  @ParameterizedTest
  @MethodSource("corpora")
  void everyFileHasTheTasVerdictsOnEveryItem(Corpus corpus) throws IOException {
    Graded graded = graded(corpus);
    Set<String> onDisk = new TreeSet<>();
    try (Stream<Path> listing = Files.list(corpus.path())) {
      listing
          .map(p -> p.getFileName().toString())
          .filter(name -> !NOT_WRITE_UPS.contains(name))
          .forEach(onDisk::add);
    }
    assertThat(graded.files().keySet())
        .as("files with verdicts")
        .containsExactlyInAnyOrderElementsOf(onDisk);
    assertThat(onDisk)
        .as("write-ups in the corpus")
        .hasSizeGreaterThanOrEqualTo(corpus.writeUpsAtLeast());
    assertThat(graded.outcomes()).as("auto-graded items").hasSize(corpus.items());
  }

  @ParameterizedTest
  @MethodSource("corpora")
  void theReaderIsNoWorseThanWhenTheCorpusWasWritten(Corpus corpus) {
    Graded graded = graded(corpus);
    List<Outcome> outcomes = graded.outcomes();
    long agreeing = outcomes.stream().filter(Outcome::agrees).count();
    long confidentWrong = outcomes.stream().filter(Outcome::confidentWrong).count();
    long thereButMissing = outcomes.stream().filter(Outcome::thereButMissing).count();
    long sourceNotInFile = outcomes.stream().filter(o -> !o.sourceInFile()).count();
    System.out.println(table(graded));
    System.out.printf(
        "%s: %d files, %d items; agreeing with the TA %d; confident wrong %d;"
            + " there but called missing %d; judged with a source not in the file %d%n",
        corpus,
        graded.files().size(),
        outcomes.size(),
        agreeing,
        confidentWrong,
        thereButMissing,
        sourceNotInFile);
    assertThat(agreeing)
        .as("items agreeing with a careful TA, of " + outcomes.size())
        .isGreaterThanOrEqualTo(corpus.agreeingAtLeast());
    assertThat(confidentWrong)
        .as("confident wrong verdicts (judged what the TA would not, or a value not written)")
        .isLessThanOrEqualTo(corpus.confidentWrongAtMost());
    assertThat(thereButMissing)
        .as("answers in the file that byhand called missing")
        .isLessThanOrEqualTo(corpus.thereButMissingAtMost());
    assertThat(sourceNotInFile)
        .as("judged answers whose source does not quote the file at that line")
        .isLessThanOrEqualTo(corpus.sourceNotInFileAtMost());
  }

  private static String cut(String sentence) {
    String one = sentence.replace('\n', ' ');
    return one.length() <= 110 ? one : one.substring(0, 109) + "…";
  }

  /** Every disagreement, one a line, grouped by file. */
  static String table(Graded graded) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "%-3s %-38s %-14s %-14s %-28s %-14s %-28s %s%n",
            "", "file", "item", "TA", "TA read", "byhand", "byhand read", "source | feedback"));
    Map<String, Integer> kinds = new TreeMap<>();
    for (Outcome o : graded.outcomes()) {
      if (o.agrees()) {
        continue;
      }
      String mark = o.confidentWrong() ? "CW" : o.thereButMissing() ? "M" : "-";
      kinds.merge(mark, 1, Integer::sum);
      out.append(
          String.format(
              "%-3s %-38s %-14s %-14s %-28s %-14s %-28s %s%n",
              mark,
              o.file(),
              o.key(),
              o.ta(),
              o.taValue(),
              o.byhand(),
              o.byhandValue(),
              o.source().replace('\n', ' ')
                  + (o.byhand().equals("unparseable") || o.byhand().equals("missing")
                      ? " | " + cut(o.feedback())
                      : "")));
    }
    graded.outcomes().stream()
        .filter(o -> !o.sourceInFile())
        .forEach(
            o ->
                out.append("S   source not in the file: ")
                    .append(o.file())
                    .append(' ')
                    .append(o.key())
                    .append(' ')
                    .append(o.source())
                    .append('\n'));
    graded.problems().forEach(p -> out.append("F   ").append(p).append('\n'));
    out.append("CW confident wrong, M there but called missing, - other disagreement: ")
        .append(kinds);
    return out.toString();
  }
}
