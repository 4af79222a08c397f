package dev.stairway.verifier.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * What one run of the command line printed and returned.
 *
 * @param status the exit status
 * @param out    what it printed to standard output
 * @param err    what it printed to standard error
 */
record CommandRun(int status, String out, String err) {

    /** Runs {@code stairway} with {@code args}, capturing both streams. */
    static CommandRun stairway(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = StairwayCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CommandRun(status, out.toString(), err.toString());
    }

    /** The printed lines with timings as {@code N ms} and runs of spaces as one, so they compare exactly. */
    List<String> lines() {
        return out.lines().map(line -> line.replaceAll("\\d+ ms", "N ms").replaceAll("(?<=\\S) {2,}", " "))
                .toList();
    }
}
