package io.github.methodbank.pdf.internal.write;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * A PDF dictionary of a few entries kept in one array instead of a {@code LinkedHashMap}: a structure
 * element (/S, /P, /K, /Pg and perhaps /Lang or /Alt) takes about 130 bytes instead of 350. A large deck
 * has half a million of them, and they all live until the document is saved. Entries keep the order
 * they were put in, as PDFBox's own dictionaries do, so the same bytes are written. Not API.
 */
final class SmallDictionary extends COSDictionary {

    SmallDictionary() {
        items = new Entries();
    }

    /** Keys and values in turn, in the order they were put; a linear search over a handful of keys. */
    private static final class Entries extends AbstractMap<COSName, COSBase> {
        private Object[] pairs = new Object[8];
        private int size;

        private int indexOf(Object key) {
            for (int i = 0; i < size; i++) {
                if (Objects.equals(pairs[2 * i], key)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public boolean containsKey(Object key) {
            return indexOf(key) >= 0;
        }

        @Override
        public COSBase get(Object key) {
            int i = indexOf(key);
            return i < 0 ? null : (COSBase) pairs[2 * i + 1];
        }

        @Override
        public COSBase put(COSName key, COSBase value) {
            int i = indexOf(key);
            if (i >= 0) {
                COSBase old = (COSBase) pairs[2 * i + 1];
                pairs[2 * i + 1] = value;
                return old;
            }
            if (2 * size == pairs.length) {
                pairs = Arrays.copyOf(pairs, pairs.length * 2);
            }
            pairs[2 * size] = key;
            pairs[2 * size + 1] = value;
            size++;
            return null;
        }

        @Override
        public COSBase remove(Object key) {
            int i = indexOf(key);
            if (i < 0) {
                return null;
            }
            COSBase old = (COSBase) pairs[2 * i + 1];
            removeAt(i);
            return old;
        }

        private void removeAt(int i) {
            System.arraycopy(pairs, 2 * i + 2, pairs, 2 * i, 2 * (size - i - 1));
            size--;
            pairs[2 * size] = null;
            pairs[2 * size + 1] = null;
        }

        @Override
        public void clear() {
            Arrays.fill(pairs, 0, 2 * size, null);
            size = 0;
        }

        /** A new view each time: AbstractMap would keep the one it makes, 16 bytes per dictionary. */
        @Override
        public Collection<COSBase> values() {
            return new AbstractCollection<>() {
                @Override
                public int size() {
                    return size;
                }

                @Override
                public Iterator<COSBase> iterator() {
                    return new Cursor<>() {
                        @Override
                        COSBase at(int i) {
                            return (COSBase) pairs[2 * i + 1];
                        }
                    };
                }
            };
        }

        /** A new view each time, as {@link #values()}. */
        @Override
        public Set<COSName> keySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return size;
                }

                @Override
                public boolean contains(Object key) {
                    return indexOf(key) >= 0;
                }

                @Override
                public Iterator<COSName> iterator() {
                    return new Cursor<>() {
                        @Override
                        COSName at(int i) {
                            return (COSName) pairs[2 * i];
                        }
                    };
                }
            };
        }

        @Override
        public Set<Map.Entry<COSName, COSBase>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return size;
                }

                @Override
                public Iterator<Map.Entry<COSName, COSBase>> iterator() {
                    return new Cursor<>() {
                        @Override
                        Map.Entry<COSName, COSBase> at(int i) {
                            return new SimpleEntry<>((COSName) pairs[2 * i], (COSBase) pairs[2 * i + 1]) {
                                @Override
                                public COSBase setValue(COSBase value) {
                                    super.setValue(value);
                                    COSBase old = (COSBase) pairs[2 * i + 1];
                                    pairs[2 * i + 1] = value;
                                    return old;
                                }
                            };
                        }
                    };
                }
            };
        }

        /** Walks the entries by position for the three views; removing goes through {@link #removeAt}. */
        private abstract class Cursor<T> implements Iterator<T> {
            private int next;
            private int last = -1;

            /** What the view shows of entry i. */
            abstract T at(int i);

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public T next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                last = next++;
                return at(last);
            }

            @Override
            public void remove() {
                if (last < 0) {
                    throw new IllegalStateException();
                }
                removeAt(last);
                next = last;
                last = -1;
            }
        }
    }
}
