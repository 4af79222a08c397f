package dev.stairway.verifier.report;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows the details of a schema finding as a diff: {@code -} what was expected and is missing or different,
 * {@code +} what was found instead, each under the state it was compared with ({@code as at V6}).
 */
final class HtmlDiff {

    private static final Set<FindingKind> SCHEMA_KINDS = Set.of(FindingKind.SCHEMA_NOT_RESTORED,
            FindingKind.SCHEMA_NOT_REPRODUCED, FindingKind.COLUMN_ORDER_CHANGED);
    private static final Pattern PRESENT = Pattern.compile("(.+?) is (?:still )?present \\(expected absent, (.+)\\)");
    private static final Pattern MISSING = Pattern.compile("(.+?) is missing \\(expected present, (.+)\\)");
    private static final Pattern CHANGED = Pattern.compile("(.+?): (.+), expected (.+) \\((as .+)\\)");

    private HtmlDiff() {
    }

    static boolean isSchemaKind(FindingKind kind) {
        return SCHEMA_KINDS.contains(kind);
    }

    /** Appends {@code details} as a diff; a line in no known shape is shown as it is. */
    static void render(List<String> details, StringBuilder out) {
        out.append("<div class=\"diff\"><span class=\"diff-legend\">− expected · + found</span>");
        for (String detail : details) {
            Matcher present = PRESENT.matcher(detail);
            Matcher missing = MISSING.matcher(detail);
            Matcher changed = CHANGED.matcher(detail);
            if (present.matches()) {
                line(out, "add", "+ " + present.group(1), present.group(2));
            } else if (missing.matches()) {
                line(out, "del", "− " + missing.group(1), missing.group(2));
            } else if (changed.matches()) {
                line(out, "del", "− " + changed.group(1) + ": " + changed.group(3), changed.group(4));
                line(out, "add", "+ " + changed.group(1) + ": " + changed.group(2), null);
            } else {
                line(out, "same", "  " + detail, null);
            }
        }
        out.append("</div>");
    }

    private static void line(StringBuilder out, String css, String text, String context) {
        out.append("<div class=\"").append(css).append("\"><code>").append(HtmlReport.escape(text)).append("</code>");
        if (context != null) {
            out.append(" <span class=\"quiet\">").append(HtmlReport.escape(context)).append("</span>");
        }
        out.append("</div>");
    }
}
