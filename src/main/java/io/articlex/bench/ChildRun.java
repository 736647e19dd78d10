package io.articlex.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of a child process, timed from start to exit, with its stdout lines counted and (on Linux)
 * its peak resident memory read from {@code /proc/PID/status} (VmHWM, the kernel's own high-water
 * mark, polled until the process ends).
 *
 * @param exitCode   the child's exit code
 * @param seconds    wall time
 * @param lines      lines the child wrote on stdout
 * @param peakRssKb  peak resident set size in KiB, or -1 where /proc is not available
 */
public record ChildRun(int exitCode, double seconds, long lines, long peakRssKb) {

    public static ChildRun run(List<String> command, java.util.Map<String, String> env, boolean watchMemory)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        long start = System.nanoTime();
        Process p = pb.start();
        long[] lines = new long[1];
        Thread counter = new Thread(() -> lines[0] = countLines(p.getInputStream()), "bench-stdout");
        counter.setDaemon(true);
        counter.start();
        long peak = -1;
        Path status = Path.of("/proc/" + p.pid() + "/status");
        while (!p.waitFor(watchMemory ? 20 : 1000, TimeUnit.MILLISECONDS)) {
            if (watchMemory) {
                peak = Math.max(peak, highWaterKb(status));
            }
        }
        double secs = (System.nanoTime() - start) / 1e9;
        counter.join();
        return new ChildRun(p.exitValue(), secs, lines[0], peak);
    }

    private static long countLines(InputStream in) {
        long n = 0;
        byte[] buf = new byte[1 << 16];
        try (in) {
            int r;
            while ((r = in.read(buf)) > 0) {
                for (int i = 0; i < r; i++) {
                    if (buf[i] == '\n') {
                        n++;
                    }
                }
            }
        } catch (IOException e) {
            // The child went away: its lines so far are the count.
        }
        return n;
    }

    private static long highWaterKb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process has just ended, or this is not Linux.
        }
        return -1;
    }
}
