package dev.stairway.verifier.cli;

import dev.stairway.verifier.Interruption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGINT and SIGTERM during {@code stairway verify}: the first stops the walk through its {@link Interruption}, so
 * that the run ends with a report marked interrupted; a second one is handled as the JVM would have handled the first
 * (it exits at once). Closing puts the JVM's own handlers back.
 */
final class Signals implements AutoCloseable {

    private static final Map<String, Integer> NUMBERS = Map.of("INT", 2, "TERM", 15);

    private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();
    private volatile String received;

    private Signals(Interruption interruption) {
        for (String name : NUMBERS.keySet()) {
            Signal signal = new Signal(name);
            try {
                previous.put(signal, Signal.handle(signal, caught -> {
                    if (received == null) {
                        received = caught.getName();
                        interruption.interrupt();
                    } else {
                        previous.get(signal).handle(caught);
                    }
                }));
            } catch (IllegalArgumentException e) {
                // the JVM keeps this signal for itself (for example when started with -Xrs): nothing to catch
            }
        }
    }

    /** Throws {@code interruption} on the first SIGINT or SIGTERM, until closed. */
    static Signals interruptOn(Interruption interruption) {
        return new Signals(interruption);
    }

    /** The exit status of a run ended by the signal received: 128 + its number, 130 (SIGINT) when none was. */
    int exitStatus() {
        return 128 + Optional.ofNullable(received).map(NUMBERS::get).orElse(2);
    }

    @Override
    public void close() {
        previous.forEach(Signal::handle);
    }
}
