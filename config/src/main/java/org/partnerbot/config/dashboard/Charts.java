package org.partnerbot.config.dashboard;

import java.util.ArrayList;
import java.util.List;
import org.partnerbot.core.dashboard.MeetingRecord;
import org.partnerbot.core.dashboard.Trends;

/** Draws the trends' charts from their figures: geometry only; the template writes the SVG. */
final class Charts {

    private static final int WIDTH = 720;
    private static final int LEFT = 190;
    private static final int RIGHT = 16;
    private static final int ROW = 30;
    private static final int TOP = 34;

    private Charts() {
    }

    /**
     * Agencies down, meetings across; a present agency's cell is shaded by how many of its people were there and gives
     * the number, an agency that sent apologies has a hatched cell that says so, an absent one a pale cell that says so.
     */
    static Chart attendance(Trends t) {
        List<Chart.Shape> shapes = new ArrayList<>();
        int columns = Math.max(1, t.meetings().size());
        double cell = (WIDTH - LEFT - RIGHT) / (double) columns;
        int max = t.attendance().stream().flatMap(s -> s.meetings().stream()).mapToInt(Trends.Attended::people).max()
                .orElse(0);
        for (int c = 0; c < t.meetings().size(); c++) {
            shapes.add(new Chart.Label(LEFT + c * cell + cell / 2, TOP - 10, "middle", "axis", shortDate(t, c)));
        }
        for (int r = 0; r < t.attendance().size(); r++) {
            Trends.AttendanceRow row = t.attendance().get(r);
            double y = TOP + r * ROW;
            shapes.add(new Chart.Label(LEFT - 8, y + ROW / 2.0 + 5, "end", "axis", row.agency()));
            for (int c = 0; c < row.meetings().size(); c++) {
                Trends.Attended a = row.meetings().get(c);
                int v = a.people();
                int level = v == 0 ? 0 : max <= 1 ? 4 : 1 + Math.round(3f * (v - 1) / Math.max(1, max - 1));
                String fill = a.presence() == MeetingRecord.Presence.APOLOGIES ? Chart.APOLOGIES : "h" + level;
                shapes.add(new Chart.Bar(LEFT + c * cell + 1, y + 1, cell - 2, ROW - 2, fill,
                        row.agency() + ", " + t.meetings().get(c) + ": " + Format.attended(a)));
                shapes.add(new Chart.Label(LEFT + c * cell + cell / 2, y + ROW / 2.0 + 5, "middle",
                        level >= 3 ? "value-light" : "value", Format.cellText(a)));
            }
        }
        int height = TOP + t.attendance().size() * ROW + 8;
        return new Chart("attendance", "Attendance by agency at each meeting",
                "A heat map: one row per agency, one column per meeting; each cell gives how many of the agency's people "
                        + "were present, darker for more, or says apologies (hatched) when the agency sent apologies, or "
                        + "absent when nobody was there. The table below has the same figures.",
                WIDTH, height, shapes, List.of(new Chart.Legend("h4", "present (darker for more people)"),
                        new Chart.Legend(Chart.APOLOGIES, "apologies"), new Chart.Legend("h0", "absent")));
    }

    /** One bar per meeting, split by each agency's share of the lines said. */
    static Chart lineShares(Trends t) {
        List<Chart.Shape> shapes = new ArrayList<>();
        double span = WIDTH - LEFT - RIGHT;
        axisTicks(shapes, span, TOP - 10);
        for (int c = 0; c < t.meetings().size(); c++) {
            double y = TOP + c * ROW;
            int total = t.linesAt(c);
            shapes.add(new Chart.Label(LEFT - 8, y + ROW / 2.0 + 5, "end", "axis", t.meetings().get(c).toString()));
            double x = LEFT;
            if (total == 0) {
                shapes.add(new Chart.Bar(LEFT, y + 4, span, ROW - 8, "track", "no lines said"));
                shapes.add(new Chart.Label(LEFT + span / 2, y + ROW / 2.0 + 5, "middle", "value", "no lines said"));
                continue;
            }
            for (int s = 0; s < t.lines().size(); s++) {
                int v = t.lines().get(s).values().get(c);
                if (v == 0) {
                    continue;
                }
                double w = span * v / total;
                shapes.add(new Chart.Bar(x, y + 4, w, ROW - 8, Chart.series(s), t.lines().get(s).agency() + ": "
                        + percent(v, total) + "% (" + v + ")"));
                x += w;
            }
        }
        List<Chart.Legend> legend = new ArrayList<>();
        for (int s = 0; s < t.lines().size(); s++) {
            legend.add(new Chart.Legend(Chart.series(s), t.lines().get(s).agency()));
        }
        int height = TOP + t.meetings().size() * ROW + 8;
        return new Chart("lines", "Share of lines said by agency at each meeting",
                "Stacked bars: one bar per meeting, split into each agency's share of the lines said, each agency with its "
                        + "own colour and pattern as the legend shows. The table below has the counts and percentages.",
                WIDTH, height, shapes, legend);
    }

    /** Per owning agency, the share of its recorded actions done on time. */
    static Chart onTime(Trends t) {
        List<Chart.Shape> shapes = new ArrayList<>();
        double span = WIDTH - LEFT - RIGHT - 150;
        axisTicks(shapes, span, TOP - 10);
        for (int r = 0; r < t.onTime().size(); r++) {
            Trends.OnTime o = t.onTime().get(r);
            double y = TOP + r * ROW;
            shapes.add(new Chart.Label(LEFT - 8, y + ROW / 2.0 + 5, "end", "axis", o.agency()));
            shapes.add(new Chart.Bar(LEFT, y + 4, span, ROW - 8, "track", o.agency() + ": " + o.recorded() + " recorded"));
            if (o.recorded() > 0 && o.onTime() > 0) {
                shapes.add(new Chart.Bar(LEFT, y + 4, span * o.onTime() / o.recorded(), ROW - 8, "s0",
                        o.agency() + ": " + o.onTime() + " of " + o.recorded() + " done on time"));
            }
            shapes.add(new Chart.Label(LEFT + span + 8, y + ROW / 2.0 + 5, "start", "value",
                    o.recorded() == 0 ? "none recorded" : o.onTime() + " of " + o.recorded() + " (" + o.percent() + "%)"));
        }
        int height = TOP + t.onTime().size() * ROW + 8;
        return new Chart("on-time", "Actions done on time by agency",
                "Bars: one per owning agency; the filled part is the share of the actions recorded at meetings that were "
                        + "done by their due date, and the text beside each bar gives the counts.",
                WIDTH, height, shapes, List.of(new Chart.Legend("s0", "done on time"), new Chart.Legend("track", "recorded")));
    }

    /** UNASSIGNED and DUPLICATED duties at each meeting's start, and now. */
    static Chart dutyGaps(Trends t) {
        return grouped("duty-gaps", "UNASSIGNED and DUPLICATED duties over time",
                "Grouped bars: for each meeting's start (and now), the number of duties nobody held (UNASSIGNED, solid) "
                        + "and held by more than one person (DUPLICATED, striped), each bar labelled with its number.",
                t, List.of("UNASSIGNED", "DUPLICATED"), s -> List.of(s.unassignedDuties(), s.duplicatedDuties()));
    }

    /** Agencies and the lines of communication between them, at each meeting's start, and now. */
    static Chart size(Trends t) {
        return grouped("size", "Partnership size and lines of communication over time",
                "Grouped bars: for each meeting's start (and now), the number of agencies (solid), members (striped) and "
                        + "lines of communication between the agencies, n(n−1)/2 (dotted), each bar labelled with its number.",
                t, List.of("agencies", "members", "lines of communication"),
                s -> List.of(s.agencies(), s.members(), s.channels()));
    }

    private static Chart grouped(String id, String title, String description, Trends t, List<String> names,
                                 java.util.function.Function<Trends.Shape, List<Integer>> values) {
        List<Chart.Shape> shapes = new ArrayList<>();
        int plotTop = 24;
        int plotHeight = 160;
        int left = 40;
        int groups = Math.max(1, t.shape().size());
        double groupWidth = (WIDTH - left - RIGHT) / (double) groups;
        double barWidth = Math.min(44, (groupWidth - 12) / names.size());
        int max = Math.max(1, t.shape().stream().flatMap(s -> values.apply(s).stream()).mapToInt(Integer::intValue)
                .max().orElse(1));
        double base = plotTop + plotHeight;
        shapes.add(new Chart.Rule(left, base, WIDTH - RIGHT, base));
        for (int g = 0; g < t.shape().size(); g++) {
            Trends.Shape s = t.shape().get(g);
            List<Integer> v = values.apply(s);
            double x0 = left + g * groupWidth + (groupWidth - barWidth * names.size()) / 2;
            for (int i = 0; i < v.size(); i++) {
                double h = plotHeight * v.get(i) / (double) max;
                double x = x0 + i * barWidth;
                shapes.add(new Chart.Bar(x + 1, base - h, barWidth - 2, h, Chart.series(i), names.get(i) + ", " + s.label()
                        + ": " + v.get(i)));
                shapes.add(new Chart.Label(x + barWidth / 2, base - h - 5, "middle", "value", String.valueOf(v.get(i))));
            }
            shapes.add(new Chart.Label(left + g * groupWidth + groupWidth / 2, base + 18, "middle", "axis", s.label()));
        }
        List<Chart.Legend> legend = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            legend.add(new Chart.Legend(Chart.series(i), names.get(i)));
        }
        return new Chart(id, title, description, WIDTH, (int) base + 30, shapes, legend);
    }

    private static void axisTicks(List<Chart.Shape> shapes, double span, double y) {
        for (int p = 0; p <= 100; p += 25) {
            shapes.add(new Chart.Label(LEFT + span * p / 100, y, p == 0 ? "start" : p == 100 ? "end" : "middle", "axis", p + "%"));
        }
    }

    private static String shortDate(Trends t, int c) {
        return t.meetings().get(c).toString().substring(5);
    }

    private static String people(int v) {
        return v == 0 ? "absent" : v == 1 ? "1 person present" : v + " people present";
    }

    static int percent(int part, int total) {
        return total == 0 ? 0 : Math.round(100f * part / total);
    }
}
