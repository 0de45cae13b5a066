package org.partnerbot.config.dashboard;

import java.util.List;

/**
 * A chart drawn on the server, as the SVG template draws it: shapes in a view box, each series with its own colour and
 * its own pattern (so no reading depends on colour alone), a legend, and a title and description for screen readers.
 * The table with the same figures follows each chart on the page.
 */
public record Chart(String id, String title, String description, int width, int height, List<Shape> shapes,
                    List<Legend> legend) {

    /** What a chart is drawn from. */
    public sealed interface Shape permits Bar, Label, Rule {
    }

    /**
     * A filled rectangle.
     *
     * @param fill a series ("s0" to "s5": colour and pattern), a heat level ("h0" to "h4"), or "track"
     * @param tip  what the shape shows, as a tooltip
     */
    public record Bar(double x, double y, double w, double h, String fill, String tip) implements Shape {
    }

    /**
     * Text.
     *
     * @param anchor start, middle or end
     * @param style  "axis", "value", "value-light" (on a dark fill) or "legend"
     */
    public record Label(double x, double y, String anchor, String style, String text) implements Shape {
    }

    /** An axis or grid line. */
    public record Rule(double x1, double y1, double x2, double y2) implements Shape {
    }

    /** One series' name beside its swatch. */
    public record Legend(String fill, String name) {
    }

    /** How many series can be told apart by colour and pattern; beyond that they repeat, and the legend and table name them. */
    public static final int SERIES = 6;

    /** The fill of an agency that sent apologies: hatched, so it reads without colour, and the cell says so too. */
    public static final String APOLOGIES = "ap";

    public static String series(int index) {
        return "s" + (index % SERIES);
    }

    /** The SVG fill for a series, heat level or track: a colour, or the chart's pattern for that series. */
    public static String paint(String chartId, String fill) {
        return switch (fill) {
            case "s0" -> "#1f5fa8";
            case "s1", "s2", "s3", "s4", "s5", APOLOGIES -> "url(#" + chartId + "-" + fill + ")";
            case "h0" -> "#f2f2f2";
            case "h1" -> "#d3e3f4";
            case "h2" -> "#9dc0e6";
            case "h3" -> "#3d74b8";
            case "h4" -> "#1d4f8c";
            default -> "#e6e6e6";
        };
    }
}
