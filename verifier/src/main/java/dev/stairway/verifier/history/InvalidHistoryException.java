package dev.stairway.verifier.history;

import java.util.List;

/**
 * A migration history that cannot be read: every problem found in one pass, each naming the file or folder,
 * what was expected and how to fix it.
 */
public final class InvalidHistoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String location;
    private final List<String> problems;

    /** A history at {@code location} with the given problems (at least one). */
    public InvalidHistoryException(String location, List<String> problems) {
        super(message(location, problems));
        this.location = location;
        this.problems = List.copyOf(problems);
    }

    /** One line for one problem; else the count, then a line per problem. */
    private static String message(String location, List<String> problems) {
        if (problems.size() == 1) {
            return "Invalid migration history at " + location + ": " + problems.get(0);
        }
        StringBuilder message = new StringBuilder("Invalid migration history at ").append(location).append(": ")
                .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
        problems.forEach(problem -> message.append("\n - ").append(problem));
        return message.toString();
    }

    /** The history's location, as given to the reader. */
    public String location() {
        return location;
    }

    /** The problems, one sentence each, in file order. */
    public List<String> problems() {
        return problems;
    }
}
