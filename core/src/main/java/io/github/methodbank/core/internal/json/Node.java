package io.github.methodbank.core.internal.json;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A JSON value that remembers where it stood in its file. Not API. */
public abstract sealed class Node permits Node.Obj, Node.Arr, Node.Str, Node.Num, Node.Bool, Node.Null {

    /** 1-based line of the value's first character. */
    public final int line;
    /** 1-based column of the value's first character. */
    public final int column;
    /** The enclosing object or list; null for the document's root. */
    private final Node parent;
    /** The member name in the parent object, or null in a list or at the root. */
    private final String key;
    /** The index in the parent list. */
    private final int index;

    // The pointer is built on demand from the parents: a node costs a few words, not a string,
    // which keeps a tree of millions of values small.
    Node(int line, int column, Node parent, String key, int index) {
        this.line = line;
        this.column = column;
        this.parent = parent;
        this.key = key;
        this.index = index;
    }

    /** The JSON pointer of the value within its document. */
    public String pointer() {
        if (parent == null) {
            return "";
        }
        java.util.ArrayDeque<Node> chain = new java.util.ArrayDeque<>();
        for (Node n = this; n.parent != null; n = n.parent) {
            chain.push(n);
        }
        StringBuilder sb = new StringBuilder();
        for (Node n : chain) {
            sb.append('/');
            if (n.key != null) {
                sb.append(segment(n.key));
            } else {
                sb.append(n.index);
            }
        }
        return sb.toString();
    }

    /** What kind of value this is, in words a user knows. */
    public abstract String kind();

    /** An object; members in document order. */
    public static final class Obj extends Node {
        /** The members by key. */
        public final Map<String, Node> members = new LinkedHashMap<>();

        Obj(int line, int column, Node parent, String key, int index) {
            super(line, column, parent, key, index);
        }

        @Override
        public String kind() {
            return "an object";
        }
    }

    /** An array. */
    public static final class Arr extends Node {
        /** The elements (at most the reader's cap; see {@link #count}). */
        public final List<Node> elements = new java.util.ArrayList<>();
        /** How many elements the list has in the file, also those beyond the reader's cap. */
        public int count;

        Arr(int line, int column, Node parent, String key, int index) {
            super(line, column, parent, key, index);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /** A string. */
    public static final class Str extends Node {
        /** The value. */
        public final String value;

        Str(int line, int column, Node parent, String key, int index, String value) {
            super(line, column, parent, key, index);
            this.value = value;
        }

        @Override
        public String kind() {
            return "text";
        }
    }

    /** A number. */
    public static final class Num extends Node {
        /** The value of a whole number; null for a decimal number, which is not parsed. */
        public final BigDecimal value;
        /** True when written without fraction or exponent. */
        public final boolean integral;

        Num(int line, int column, Node parent, String key, int index, BigDecimal value, boolean integral) {
            super(line, column, parent, key, index);
            this.value = value;
            this.integral = integral;
        }

        @Override
        public String kind() {
            return "a number";
        }
    }

    /** true or false. */
    public static final class Bool extends Node {
        /** The value. */
        public final boolean value;

        Bool(int line, int column, Node parent, String key, int index, boolean value) {
            super(line, column, parent, key, index);
            this.value = value;
        }

        @Override
        public String kind() {
            return "true/false";
        }
    }

    /** null. */
    public static final class Null extends Node {
        Null(int line, int column, Node parent, String key, int index) {
            super(line, column, parent, key, index);
        }

        @Override
        public String kind() {
            return "null";
        }
    }

    /** Escapes one JSON pointer segment. */
    public static String segment(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
