package dev.byhand.page;

import java.util.Arrays;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * The page's entry point, compiled to JavaScript by TeaVM: publishes {@link PageEngine} to the
 * page's script as {@code byhand.load(rubricJson)}, {@code byhand.check(fileName, bytes)} and
 * {@code byhand.answers(json, keys, texts)}. Glue only: every decision is {@link PageEngine}'s.
 */
public final class PageMain {
  private static PageEngine engine;

  private PageMain() {}

  /** {@code load(rubricJson)}: "" when the rubric loaded, else why not. */
  @JSFunctor
  interface Load extends JSObject {
    String load(String rubricJson);
  }

  /** {@code check(fileName, bytes)}: the check as JSON text. */
  @JSFunctor
  interface Check extends JSObject {
    String check(String fileName, Int8Array bytes);
  }

  /** {@code answers(json, keys, texts)}: the answers file's text. */
  @JSFunctor
  interface Answers extends JSObject {
    String answers(boolean json, String[] keys, String[] texts);
  }

  public static void main(String[] args) {
    publish(
        PageMain::load,
        (fileName, bytes) -> engine.check(fileName, bytes.copyToJavaArray()),
        (json, keys, texts) ->
            PageEngine.answersFile(json, Arrays.asList(keys), Arrays.asList(texts)));
  }

  private static String load(String rubricJson) {
    try {
      engine = new PageEngine(rubricJson);
      return "";
    } catch (RuntimeException e) {
      return String.valueOf(e.getMessage());
    }
  }

  @JSBody(
      params = {"load", "check", "answers"},
      script = "globalThis.byhand = {load: load, check: check, answers: answers};")
  private static native void publish(Load load, Check check, Answers answers);
}
