package io.articlex.batch;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator that finds its next element ahead of {@link #next()}: the walks over directories, name
 * lists and JSON Lines files each only say how to find the next input, and share the bookkeeping.
 */
abstract class Lookahead<T> implements Iterator<T> {

    private T next;

    /** Finds the next element, or returns null when there is none (it may be called again after that). */
    protected abstract T advance();

    @Override
    public final boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T n = next;
        next = null;
        return n;
    }
}
