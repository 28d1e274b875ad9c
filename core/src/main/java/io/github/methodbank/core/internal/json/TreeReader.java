package io.github.methodbank.core.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.methodbank.core.Limits;
import io.github.methodbank.core.Problem;
import io.github.methodbank.core.Problem.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON text into a {@link Node} tree that keeps every value's line, column and
 * pointer, enforcing depth and string limits. Syntax errors end reading (there is no sound
 * way to go on); duplicate keys and over-long strings are collected and reading continues.
 * Not API.
 */
public final class TreeReader {

    private final JsonFactory factory;
    private final Limits limits;

    /** A reader for these limits; thread-safe. */
    public TreeReader(Limits limits) {
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.getMaxDepth() + 1)
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, Math.max(4L * limits.getMaxStringLength() + 16, 1024)))
                        .maxNumberLength(1000)
                        .maxDocumentLength(-1)
                        .build())
                .build();
    }

    /**
     * Parses text. Returns the root, or null when the text is not JSON; problems go to
     * {@code problems} either way.
     */
    public Node read(String text, String source, List<Problem> problems) {
        java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>();
        try (JsonParser p = factory.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                problems.add(Problem.of(Severity.ERROR, source, 1, 1, "", "the file is empty; a bank is a JSON object", null));
                return null;
            }
            Node root = value(p, first, "", 1, source, problems, open);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                JsonLocation loc = p.currentTokenLocation();
                problems.add(Problem.of(Severity.ERROR, source, loc.getLineNr(), loc.getColumnNr(), "",
                        "unexpected content after the end of the JSON document", null));
                return null;
            }
            return root;
        } catch (StreamConstraintsException e) {
            JsonLocation loc = e.getLocation();
            problems.add(Problem.of(Severity.ERROR, source, loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr(), open.isEmpty() ? "" : open.peek(), plainConstraint(e), null));
            return null;
        } catch (JsonParseException e) {
            JsonLocation loc = e.getLocation();
            problems.add(Problem.of(Severity.ERROR, source, loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr(), open.isEmpty() ? "" : open.peek(),
                    "not valid JSON: " + plainSyntax(e.getOriginalMessage()), null));
            return null;
        } catch (DepthException e) {
            problems.add(Problem.of(Severity.ERROR, source, e.line, e.column, e.pointer,
                    "the JSON is nested deeper than the limit of " + limits.getMaxDepth()
                            + " levels (raise Limits.maxDepth if this is intended)", null));
            return null;
        } catch (IOException e) {
            problems.add(Problem.of(Severity.ERROR, source, 0, 0, "", "could not read the JSON: " + e.getMessage(), null));
            return null;
        }
    }

    private Node value(JsonParser p, JsonToken t, String pointer, int depth, String source, List<Problem> problems,
            java.util.Deque<String> open) throws IOException {
        JsonLocation loc = p.currentTokenLocation();
        int line = loc.getLineNr();
        int col = loc.getColumnNr();
        switch (t) {
            case START_OBJECT: {
                checkDepth(depth, line, col, pointer);
                open.push(pointer);
                Node.Obj obj = new Node.Obj(line, col, pointer);
                JsonToken k;
                while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonLocation keyLoc = p.currentTokenLocation();
                    String childPointer = pointer + "/" + Node.segment(key);
                    Node child = value(p, p.nextToken(), childPointer, depth + 1, source, problems, open);
                    if (obj.members.containsKey(key)) {
                        problems.add(Problem.of(Severity.ERROR, source, keyLoc.getLineNr(), keyLoc.getColumnNr(),
                                childPointer, "field '" + key + "' appears twice in the same object; keep one", null));
                    } else {
                        obj.members.put(key, child);
                    }
                }
                open.pop();
                return obj;
            }
            case START_ARRAY: {
                checkDepth(depth, line, col, pointer);
                open.push(pointer);
                List<Node> elements = new ArrayList<>();
                JsonToken e;
                while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                    elements.add(value(p, e, pointer + "/" + elements.size(), depth + 1, source, problems, open));
                }
                open.pop();
                return new Node.Arr(line, col, pointer, elements);
            }
            case VALUE_STRING: {
                String s = p.getText();
                if (s.length() > limits.getMaxStringLength()) {
                    problems.add(Problem.of(Severity.ERROR, source, line, col, pointer,
                            "this text is " + s.length() + " characters long, more than the limit of "
                                    + limits.getMaxStringLength() + " (raise Limits.maxStringLength if this is intended)",
                            null));
                }
                return new Node.Str(line, col, pointer, s);
            }
            case VALUE_NUMBER_INT:
                return new Node.Num(line, col, pointer, p.getDecimalValue(), true);
            case VALUE_NUMBER_FLOAT:
                // never a valid value here (every number of the format is whole), so not parsed:
                // parsing 1e888888888 would fail or take long
                return new Node.Num(line, col, pointer, null, false);
            case VALUE_TRUE:
                return new Node.Bool(line, col, pointer, true);
            case VALUE_FALSE:
                return new Node.Bool(line, col, pointer, false);
            case VALUE_NULL:
                return new Node.Null(line, col, pointer);
            default:
                throw new JsonParseException(p, "unexpected " + t);
        }
    }

    private void checkDepth(int depth, int line, int col, String pointer) {
        if (depth > limits.getMaxDepth()) {
            throw new DepthException(line, col, pointer);
        }
    }

    private static String plainSyntax(String message) {
        if (message == null) {
            return "syntax error";
        }
        String m = message;
        int nl = m.indexOf('\n');
        if (nl >= 0) {
            m = m.substring(0, nl);
        }
        return m.replace("Unexpected character", "unexpected character")
                .replace("Unexpected end-of-input", "the file ends too early")
                .replace("was expecting", "expected")
                .replaceAll("\\s*\\(code \\d+\\)", "");
    }

    private String plainConstraint(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("nesting depth")) {
            return "the JSON is nested deeper than the limit of " + limits.getMaxDepth()
                    + " levels (raise Limits.maxDepth if this is intended)";
        }
        if (m.contains("String value length")) {
            return "a text is longer than the limit of " + limits.getMaxStringLength()
                    + " characters (raise Limits.maxStringLength if this is intended)";
        }
        if (m.contains("Number value length")) {
            return "a number has more than 1000 digits";
        }
        return "the JSON exceeds a safety limit: " + m;
    }

    private static final class DepthException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;
        final String pointer;

        DepthException(int line, int column, String pointer) {
            super(null, null, false, false);
            this.line = line;
            this.column = column;
            this.pointer = pointer;
        }
    }
}
