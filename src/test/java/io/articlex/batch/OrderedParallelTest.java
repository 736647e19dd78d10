package io.articlex.batch;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderedParallelTest {

    @Test
    void resultsComeOutInInputOrderWhateverTheFinishingOrder() throws Exception {
        List<Integer> items = IntStream.range(0, 2000).boxed().toList();
        List<Integer> seen = new ArrayList<>();
        // Early items are the slow ones, so workers finish out of order all the time.
        boolean complete = OrderedParallel.run(items.iterator(), i -> {
            if (i % 7 == 0) {
                busy(50_000);
            }
            return i * 2;
        }, 4, 16, r -> seen.add(r));
        assertThat(complete).isTrue();
        assertThat(seen).isEqualTo(items.stream().map(i -> i * 2).toList());
    }

    @Test
    void neverMoreThanTheWindowInFlight() throws Exception {
        AtomicInteger started = new AtomicInteger();
        int[] written = new int[1];
        int[] maxAhead = new int[1];
        OrderedParallel.run(IntStream.range(0, 500).boxed().iterator(), i -> {
            started.incrementAndGet();
            return i;
        }, 3, 8, r -> {
            written[0]++;
            maxAhead[0] = Math.max(maxAhead[0], started.get() - written[0]);
            return true;
        });
        assertThat(written[0]).isEqualTo(500);
        assertThat(maxAhead[0]).isLessThanOrEqualTo(8);
    }

    @Test
    void sinkCanStopTheRun() throws Exception {
        AtomicInteger computed = new AtomicInteger();
        List<Integer> seen = new ArrayList<>();
        boolean complete = OrderedParallel.run(IntStream.range(0, 100_000).boxed().iterator(), i -> {
            computed.incrementAndGet();
            return i;
        }, 2, 10, r -> {
            seen.add(r);
            return seen.size() < 3;
        });
        assertThat(complete).isFalse();
        assertThat(seen).containsExactly(0, 1, 2);
        assertThat(computed.get()).isLessThan(1000);
    }

    @Test
    void aFailingItemStopsTheRunAfterEveryEarlierLineIsWritten() {
        List<Integer> seen = new ArrayList<>();
        // The failing item sits in the middle of a full window, where the writer waits first.
        assertThatThrownBy(() -> OrderedParallel.run(IntStream.range(0, 1000).boxed().iterator(), i -> {
            if (i == 37) {
                throw new IllegalStateException("item " + i);
            }
            return i;
        }, 2, 16, seen::add)).isInstanceOf(IllegalStateException.class).hasMessage("item 37");
        assertThat(seen).isEqualTo(IntStream.range(0, 37).boxed().toList());
    }

    @Test
    void aWindowOfOneStillWritesEverything() throws Exception {
        List<Integer> seen = new ArrayList<>();
        assertThat(OrderedParallel.run(IntStream.range(0, 50).boxed().iterator(), i -> i, 2, 1, seen::add)).isTrue();
        assertThat(seen).isEqualTo(IntStream.range(0, 50).boxed().toList());
    }

    @Test
    void oneThreadRunsInline() throws Exception {
        List<String> threads = new ArrayList<>();
        OrderedParallel.run(List.of(1, 2, 3).iterator(), i -> Thread.currentThread().getName(), 1, 4,
                threads::add);
        assertThat(threads).containsOnly(Thread.currentThread().getName());
    }

    private static long busy(int n) {
        long x = 0;
        for (int i = 0; i < n; i++) {
            x += Long.numberOfTrailingZeros(i ^ x);
        }
        return x;
    }
}
