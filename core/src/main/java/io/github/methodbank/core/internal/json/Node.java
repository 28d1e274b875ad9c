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
    /** The JSON pointer of the value within its document. */
    public final String pointer;

    Node(int line, int column, String pointer) {
        this.line = line;
        this.column = column;
        this.pointer = pointer;
    }

    /** What kind of value this is, in words a user knows. */
    public abstract String kind();

    /** An object; members in document order. */
    public static final class Obj extends Node {
        /** The members by key. */
        public final Map<String, Node> members = new LinkedHashMap<>();

        Obj(int line, int column, String pointer) {
            super(line, column, pointer);
        }

        @Override
        public String kind() {
            return "an object";
        }
    }

    /** An array. */
    public static final class Arr extends Node {
        /** The elements. */
        public final List<Node> elements;

        Arr(int line, int column, String pointer, List<Node> elements) {
            super(line, column, pointer);
            this.elements = elements;
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

        Str(int line, int column, String pointer, String value) {
            super(line, column, pointer);
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

        Num(int line, int column, String pointer, BigDecimal value, boolean integral) {
            super(line, column, pointer);
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

        Bool(int line, int column, String pointer, boolean value) {
            super(line, column, pointer);
            this.value = value;
        }

        @Override
        public String kind() {
            return "true/false";
        }
    }

    /** null. */
    public static final class Null extends Node {
        Null(int line, int column, String pointer) {
            super(line, column, pointer);
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
