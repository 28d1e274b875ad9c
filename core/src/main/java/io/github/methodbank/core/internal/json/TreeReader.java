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
import java.math.BigDecimal;

/**
 * Reads JSON text into a {@link Node} tree that keeps every value's line, column and
 * pointer, enforcing depth and string limits. Syntax errors end reading (there is no sound
 * way to go on); duplicate keys and over-long strings are collected and reading continues.
 * Not API.
 */
public final class TreeReader {

    private final JsonFactory factory;
    private final Limits limits;
    /** The most entries a list keeps: the largest list limit; the binder checks each list against its own. */
    private final int maxEntries;

    /** A reader for these limits; thread-safe. */
    public TreeReader(Limits limits) {
        this.limits = limits;
        this.maxEntries = Math.max(limits.getMaxMethods(), Math.max(limits.getMaxPhases(), limits.getMaxListEntries()));
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
     * {@code problems} either way. Time and memory are linear in the text's length: objects with
     * more members than {@link Limits#getMaxObjectMembers()} and lists with more entries than the
     * largest list limit are reported (objects) or counted (lists) and their excess skipped.
     */
    public Node read(String text, String source, Problems problems) {
        java.util.ArrayDeque<Node> open = new java.util.ArrayDeque<>();
        JsonParser p = null;
        try {
            p = factory.createParser(text);
            JsonToken first = p.nextToken();
            if (first == null) {
                problems.add(Problem.of(Severity.ERROR, source, 1, 1, "", "the file is empty; a bank is a JSON object", null));
                return null;
            }
            Node root = value(p, first, null, null, 0, 1, source, problems, open);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                JsonLocation loc = p.currentTokenLocation();
                problems.add(Problem.of(Severity.ERROR, source, loc.getLineNr(), loc.getColumnNr(), "",
                        "unexpected content after the end of the JSON document", null));
                return null;
            }
            return root;
        } catch (StreamConstraintsException e) {
            JsonLocation loc = where(e.getLocation(), p);
            problems.add(Problem.of(Severity.ERROR, source, loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr(), open.isEmpty() ? "" : open.peek().pointer(), plainConstraint(e), null));
            return null;
        } catch (JsonParseException e) {
            JsonLocation loc = where(e.getLocation(), p);
            problems.add(Problem.of(Severity.ERROR, source, loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr(), open.isEmpty() ? "" : open.peek().pointer(),
                    "not valid JSON: " + plainSyntax(e.getOriginalMessage()), null));
            return null;
        } catch (DepthException e) {
            problems.add(Problem.of(Severity.ERROR, source, e.line, e.column, e.at.pointer(),
                    "the JSON is nested deeper than the limit of " + limits.getMaxDepth()
                            + " levels (raise Limits.maxDepth if this is intended)", null));
            return null;
        } catch (IOException e) {
            JsonLocation loc = p == null ? null : p.currentLocation();
            problems.add(Problem.of(Severity.ERROR, source, loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr(), "", "could not read the JSON: " + e.getClass().getSimpleName(), null));
            return null;
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (IOException ignored) {
                    // reading from a string: nothing to release
                }
            }
        }
    }

    /** The exception's location when it has one, else where the parser stands. */
    private static JsonLocation where(JsonLocation fromException, JsonParser p) {
        if (fromException != null && fromException.getLineNr() > 0) {
            return fromException;
        }
        if (p == null) {
            return null;
        }
        JsonLocation token = p.currentTokenLocation();
        JsonLocation here = p.currentLocation();
        // a string too long is found when its text is asked for: it starts at the current token;
        // a number too long is found while it is read: the parser stands inside it
        if (p.currentToken() == JsonToken.VALUE_STRING && token != null && token.getLineNr() > 0) {
            return token;
        }
        return here != null && here.getLineNr() > 0 ? here : token;
    }

    private Node value(JsonParser p, JsonToken t, Node parent, String key, int index, int depth, String source,
            Problems problems, java.util.Deque<Node> open) throws IOException {
        JsonLocation loc = p.currentTokenLocation();
        int line = loc.getLineNr();
        int col = loc.getColumnNr();
        switch (t) {
            case START_OBJECT: {
                Node.Obj obj = new Node.Obj(line, col, parent, key, index);
                checkDepth(depth, line, col, obj);
                open.push(obj);
                int maxMembers = limits.getMaxObjectMembers();
                int count = 0;
                JsonToken k;
                while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    count++;
                    if (count > maxMembers) {
                        if (count == maxMembers + 1) {
                            JsonLocation keyLoc = p.currentTokenLocation();
                            error(problems, source, keyLoc.getLineNr(), keyLoc.getColumnNr(), obj, () -> "this object has more than "
                                    + maxMembers + " fields, the limit (raise Limits.maxObjectMembers if this is intended);"
                                    + " the rest are not read");
                        }
                        p.nextToken();
                        p.skipChildren();
                        continue;
                    }
                    JsonLocation keyLoc = p.currentTokenLocation();
                    Node child = value(p, p.nextToken(), obj, name, 0, depth + 1, source, problems, open);
                    if (obj.members.containsKey(name)) {
                        error(problems, source, keyLoc.getLineNr(), keyLoc.getColumnNr(), child,
                                () -> "field '" + Binder.shorten(name) + "' appears twice in the same object; keep one");
                    } else {
                        obj.members.put(name, child);
                    }
                }
                open.pop();
                return obj;
            }
            case START_ARRAY: {
                Node.Arr arr = new Node.Arr(line, col, parent, key, index);
                checkDepth(depth, line, col, arr);
                open.push(arr);
                JsonToken e;
                while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (arr.count >= maxEntries) {
                        // the binder reports the length against the list's own limit
                        p.skipChildren();
                    } else {
                        arr.elements.add(value(p, e, arr, null, arr.count, depth + 1, source, problems, open));
                    }
                    arr.count++;
                }
                open.pop();
                return arr;
            }
            case VALUE_STRING: {
                String s = p.getText();
                Node.Str str = new Node.Str(line, col, parent, key, index, s);
                if (s.length() > limits.getMaxStringLength()) {
                    error(problems, source, line, col, str, () -> "this text is " + s.length()
                            + " characters long, more than the limit of " + limits.getMaxStringLength()
                            + " (raise Limits.maxStringLength if this is intended)");
                }
                return str;
            }
            case VALUE_NUMBER_INT: {
                JsonParser.NumberType type = p.getNumberType();
                BigDecimal v = type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG
                        ? BigDecimal.valueOf(p.getLongValue()) : p.getDecimalValue();
                return new Node.Num(line, col, parent, key, index, v, true);
            }
            case VALUE_NUMBER_FLOAT:
                // never a valid value here (every number of the format is whole), so not parsed:
                // parsing 1e888888888 would fail or take long
                return new Node.Num(line, col, parent, key, index, null, false);
            case VALUE_TRUE:
                return new Node.Bool(line, col, parent, key, index, true);
            case VALUE_FALSE:
                return new Node.Bool(line, col, parent, key, index, false);
            case VALUE_NULL:
                return new Node.Null(line, col, parent, key, index);
            default:
                throw new JsonParseException(p, "unexpected " + t);
        }
    }

    private static void error(Problems problems, String source, int line, int col, Node at,
            java.util.function.Supplier<String> message) {
        if (problems.full()) {
            problems.countError();
        } else {
            problems.add(Problem.of(Severity.ERROR, source, line, col, at.pointer(), message.get(), null));
        }
    }

    private void checkDepth(int depth, int line, int col, Node at) {
        if (depth > limits.getMaxDepth()) {
            throw new DepthException(line, col, at);
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
        final transient Node at;

        DepthException(int line, int column, Node at) {
            super(null, null, false, false);
            this.line = line;
            this.column = column;
            this.at = at;
        }
    }
}
