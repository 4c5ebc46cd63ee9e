package org.cronomapa.app;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.cronomapa.state.Exports;
import org.cronomapa.state.RecentFiles;
import org.cronomapa.state.ViewerState;
import org.cronomapa.ui.FrameTimes;
import org.cronomapa.ui.MainWindow;

/**
 * {@code --bench-window [--data FILE] [--seconds N] [--size WxH]}: the real window, headless
 * (Monocle, software pipeline), plays at 8 days a second, then the day slider is dragged across the
 * data and part of the way back as a hand would, its value set once a pulse; prints the map's frame times (p50, p95,
 * max) and the pulse rate of each phase beside the targets. It reports; it does not pass or fail.
 */
final class WindowBench {
    private static final double TARGET_MS = 16;
    private static final double SPEED = 8;

    private WindowBench() {
    }

    static int run(Options o) throws Exception {
        int seconds = o.has("--seconds") ? o.intIn("--seconds", o.value("--seconds"), 1, 600) : 5;
        int[] size = o.size("1400x900");
        if (size[0] > 1920 || size[1] > 1200) {
            String asked = size[0] + "x" + size[1];
            throw new Options.UsageException(t -> t.get("cli.benchWindowSize", asked));
        }
        // Monocle's headless screen is 1280x800 unless told; a larger window overflows its frame buffer.
        System.setProperty("headless.geometry", "1920x1200");
        Fx.startHeadless();
        long t0 = System.nanoTime();
        Session session = new Session(Locale.ENGLISH, o.path("--data"), o.has("--skip-bad-rows"));
        long loaded = System.nanoTime() - t0;
        ViewerState state = session.state;
        AtomicReference<Slider> slider = new AtomicReference<>();
        MainWindow window = Fx.call(() -> {
            MainWindow w = new MainWindow(state, session.texts, CronomapaApp.opener(session), new RecentFiles(java.util.List.of()),
                    Exports.NONE, url -> { });
            Stage stage = new Stage();
            stage.setScene(w.scene(size[0], size[1]));
            stage.show();
            slider.set((Slider) stage.getScene().lookup("#day-slider"));
            return w;
        });
        while (Fx.call(() -> window.frameTimes().lastFrameNanos()) < 0) {
            Thread.sleep(20);
        }
        var v = state.viewport().viewport();
        System.out.printf("window bench: %,d events loaded in %.2f s; window %dx%d, map %dx%d; %d cores, load average %.2f%n",
                state.data().dataset().events().size(), loaded / 1e9, size[0], size[1], v.width(), v.height(),
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        playback(window, state, 2); // warm-up: the JIT compiles the frame's code
        System.out.println("| phase | map frames | frame ms p50 | frame ms p95 (target ≤ 16) | frame ms max"
                + " | pulses/s (target 60) | pulse gap ms p95 | pulse gap ms max"
                + " | CPU ms per pulse: FX thread, scene painter | CPU ms per map frame: render threads |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        long fxThread = Fx.call(() -> Thread.currentThread().getId());
        Cpu cpu = new Cpu(fxThread);
        System.out.println(row("playback " + (int) SPEED + " days/s, " + seconds + " s", playback(window, state, seconds), seconds,
                cpu.sinceLast()));
        System.out.println(row("slider drag across and back to 40 %, " + seconds + " s", drag(window, slider.get(), seconds), seconds,
                cpu.sinceLast()));
        int[] last = Fx.call(() -> new int[] {(int) Math.round(slider.get().getValue()), state.timeline().day()});
        System.out.printf("after the drag: slider at day %s, map shows %s (%s)%n", java.time.LocalDate.ofEpochDay(last[0]),
                java.time.LocalDate.ofEpochDay(last[1]), last[0] == last[1] ? "the same" : "STALE");
        return 0;
    }

    private static FrameTimes playback(MainWindow window, ViewerState state, int seconds) throws Exception {
        Fx.call(() -> {
            state.goToStart();
            state.setSpeed(SPEED);
            state.setLoop(true);
            window.frameTimes().clear();
            state.play();
            return null;
        });
        Thread.sleep(seconds * 1000L);
        Fx.call(() -> {
            state.pause();
            return null;
        });
        return window.frameTimes();
    }

    /** Across the slider in half the time, back to 40 % of it in the other half, a new value every pulse. */
    private static FrameTimes drag(MainWindow window, Slider slider, int seconds) throws Exception {
        long half = seconds * 500_000_000L;
        long[] start = {-1};
        Fx.call(() -> {
            window.frameTimes().clear();
            slider.setValueChanging(true);
            window.setEveryPulse(() -> {
                long now = System.nanoTime();
                if (start[0] < 0) {
                    start[0] = now;
                }
                double t = Math.min(2.0, (now - start[0]) / (double) half);
                double f = t <= 1 ? t : 1 - 0.6 * (t - 1);
                slider.setValue(slider.getMin() + f * (slider.getMax() - slider.getMin()));
            });
            return null;
        });
        Thread.sleep(seconds * 1000L + 200);
        Fx.call(() -> {
            window.setEveryPulse(() -> { });
            slider.setValueChanging(false);
            return null;
        });
        Thread.sleep(200); // the last value's frame
        return window.frameTimes();
    }

    private static String row(String phase, FrameTimes times, int seconds, long[] cpu) throws Exception {
        long[] frames = Fx.call(times::frameNanos);
        long[] gaps = Fx.call(times::pulseIntervals);
        int pulses = gaps.length + 1;
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f, %.1f | %.1f |", phase,
                frames.length, ms(FrameTimes.percentile(frames, 50)), ms(FrameTimes.percentile(frames, 95)),
                ms(FrameTimes.percentile(frames, 100)), pulses / (double) seconds,
                ms(FrameTimes.percentile(gaps, 95)), ms(FrameTimes.percentile(gaps, 100)), ms(cpu[0]) / pulses,
                ms(cpu[1]) / pulses, ms(cpu[2]) / Math.max(1, frames.length));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /**
     * CPU time over a phase of the FX thread, the toolkit's scene painter and the map's render
     * threads (its own and the pool's, which stamps half the rows): unlike wall-clock frame times, it
     * hardly changes when other processes load the machine.
     */
    private static final class Cpu {
        private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        private final long fx;
        private long[] last;

        Cpu(long fxThread) {
            this.fx = fxThread;
            last = now();
        }

        private long[] now() {
            long painter = 0;
            long map = 0;
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().startsWith("QuantumRenderer")) {
                    painter += threads.getThreadCpuTime(t.getId());
                } else if (t.getName().equals("cronomapa-map-render") || t.getName().startsWith("ForkJoinPool.commonPool")) {
                    map += threads.getThreadCpuTime(t.getId());
                }
            }
            return new long[] {threads.getThreadCpuTime(fx), painter, map};
        }

        /** FX thread, scene painter and map threads' CPU nanoseconds since the last call. */
        long[] sinceLast() {
            long[] n = now();
            long[] d = {n[0] - last[0], n[1] - last[1], n[2] - last[2]};
            last = n;
            return d;
        }
    }
}
