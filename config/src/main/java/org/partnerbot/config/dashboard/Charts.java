package org.partnerbot.config.dashboard;

import java.util.ArrayList;
import java.util.List;
import org.partnerbot.core.dashboard.MeetingRecord;
import org.partnerbot.core.dashboard.Trends;
import org.partnerbot.core.i18n.Texts;

/** Draws the trends' charts from their figures, with their words in the reader's language; the template writes the SVG. */
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
    static Chart attendance(Texts w, Trends t) {
        List<Chart.Shape> shapes = new ArrayList<>();
        int columns = Math.max(1, t.meetings().size());
        double cell = (WIDTH - LEFT - RIGHT) / (double) columns;
        int max = t.attendance().stream().flatMap(s -> s.meetings().stream()).mapToInt(Trends.Attended::people).max()
                .orElse(0);
        for (int c = 0; c < t.meetings().size(); c++) {
            shapes.add(new Chart.Label(LEFT + c * cell + cell / 2, TOP - 10, "middle", "axis", w.dayMonth(t.meetings().get(c))));
        }
        for (int r = 0; r < t.attendance().size(); r++) {
            Trends.AttendanceRow row = t.attendance().get(r);
            double y = TOP + r * ROW;
            shapes.add(new Chart.Label(LEFT - 8, y + ROW / 2.0 + 5, "end", "axis", Format.agency(w, row.agency())));
            for (int c = 0; c < row.meetings().size(); c++) {
                Trends.Attended a = row.meetings().get(c);
                int v = a.people();
                int level = v == 0 ? 0 : max <= 1 ? 4 : 1 + Math.round(3f * (v - 1) / Math.max(1, max - 1));
                String fill = a.presence() == MeetingRecord.Presence.APOLOGIES ? Chart.APOLOGIES : "h" + level;
                shapes.add(new Chart.Bar(LEFT + c * cell + 1, y + 1, cell - 2, ROW - 2, fill,
                        w.t("dashboard.chart.tip", row.agency(), w.shortDate(t.meetings().get(c)), Format.attended(w, a))));
                shapes.add(new Chart.Label(LEFT + c * cell + cell / 2, y + ROW / 2.0 + 5, "middle",
                        level >= 3 ? "value-light" : "value", Format.cellText(w, a)));
            }
        }
        int height = TOP + t.attendance().size() * ROW + 8;
        return new Chart("attendance", w.t("dashboard.chart.attendance.title"), w.t("dashboard.chart.attendance.description"),
                WIDTH, height, shapes, List.of(new Chart.Legend("h4", w.t("dashboard.chart.attendance.legend.present")),
                        new Chart.Legend(Chart.APOLOGIES, w.t("dashboard.cell.apologies")),
                        new Chart.Legend("h0", w.t("dashboard.cell.absent"))));
    }

    /** One bar per meeting, split by each agency's share of the lines said. */
    static Chart lineShares(Texts w, Trends t) {
        List<Chart.Shape> shapes = new ArrayList<>();
        double span = WIDTH - LEFT - RIGHT;
        axisTicks(shapes, span, TOP - 10);
        for (int c = 0; c < t.meetings().size(); c++) {
            double y = TOP + c * ROW;
            int total = t.linesAt(c);
            shapes.add(new Chart.Label(LEFT - 8, y + ROW / 2.0 + 5, "end", "axis", w.shortDate(t.meetings().get(c))));
            double x = LEFT;
            if (total == 0) {
                shapes.add(new Chart.Bar(LEFT, y + 4, span, ROW - 8, "track", w.t("dashboard.chart.lines.none")));
                shapes.add(new Chart.Label(LEFT + span / 2, y + ROW / 2.0 + 5, "middle", "value",
                        w.t("dashboard.chart.lines.none")));
                continue;
            }
            for (int s = 0; s < t.lines().size(); s++) {
                int v = t.lines().get(s).values().get(c);
                if (v == 0) {
                    continue;
                }
                double width = span * v / total;
                shapes.add(new Chart.Bar(x, y + 4, width, ROW - 8, Chart.series(s), w.t("dashboard.chart.lines.tip",
                        t.lines().get(s).agency(), percent(v, total), v)));
                x += width;
            }
        }
        List<Chart.Legend> legend = new ArrayList<>();
        for (int s = 0; s < t.lines().size(); s++) {
            legend.add(new Chart.Legend(Chart.series(s), t.lines().get(s).agency()));
        }
        int height = TOP + t.meetings().size() * ROW + 8;
        return new Chart("lines", w.t("dashboard.chart.lines.title"), w.t("dashboard.chart.lines.description"),
                WIDTH, height, shapes, legend);
    }

    /** Per owning agency, the share of its recorded actions done on time. */
    static Chart onTime(Texts w, Trends t) {
        List<Chart.Shape> shapes = new ArrayList<>();
        double span = WIDTH - LEFT - RIGHT - 150;
        axisTicks(shapes, span, TOP - 10);
        for (int r = 0; r < t.onTime().size(); r++) {
            Trends.OnTime o = t.onTime().get(r);
            double y = TOP + r * ROW;
            String agency = Format.agency(w, o.agency());
            shapes.add(new Chart.Label(LEFT - 8, y + ROW / 2.0 + 5, "end", "axis", agency));
            shapes.add(new Chart.Bar(LEFT, y + 4, span, ROW - 8, "track",
                    w.t("dashboard.chart.onTime.recordedTip", agency, o.recorded())));
            if (o.recorded() > 0 && o.onTime() > 0) {
                shapes.add(new Chart.Bar(LEFT, y + 4, span * o.onTime() / o.recorded(), ROW - 8, "s0",
                        w.t("dashboard.chart.onTime.doneTip", agency, o.onTime(), o.recorded())));
            }
            shapes.add(new Chart.Label(LEFT + span + 8, y + ROW / 2.0 + 5, "start", "value", o.recorded() == 0
                    ? w.t("dashboard.chart.onTime.noneRecorded")
                    : w.t("dashboard.chart.onTime.value", o.onTime(), o.recorded(), o.percent())));
        }
        int height = TOP + t.onTime().size() * ROW + 8;
        return new Chart("on-time", w.t("dashboard.chart.onTime.title"), w.t("dashboard.chart.onTime.description"),
                WIDTH, height, shapes, List.of(new Chart.Legend("s0", w.t("dashboard.chart.onTime.legend.done")),
                        new Chart.Legend("track", w.t("dashboard.chart.onTime.legend.recorded"))));
    }

    /** UNASSIGNED and DUPLICATED duties at each meeting's start, and now. */
    static Chart dutyGaps(Texts w, Trends t) {
        return grouped(w, "duty-gaps", w.t("dashboard.chart.gaps.title"), w.t("dashboard.chart.gaps.description"),
                t, List.of(w.t("dashboard.badge.unassigned"), w.t("dashboard.badge.duplicated")),
                s -> List.of(s.unassignedDuties(), s.duplicatedDuties()));
    }

    /** Agencies and the lines of communication between them, at each meeting's start, and now. */
    static Chart size(Texts w, Trends t) {
        return grouped(w, "size", w.t("dashboard.chart.size.title"), w.t("dashboard.chart.size.description"),
                t, List.of(w.t("dashboard.chart.size.agencies"), w.t("dashboard.chart.size.members"),
                        w.t("dashboard.chart.size.channels")),
                s -> List.of(s.agencies(), s.members(), s.channels()));
    }

    private static Chart grouped(Texts w, String id, String title, String description, Trends t, List<String> names,
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
                shapes.add(new Chart.Bar(x + 1, base - h, barWidth - 2, h, Chart.series(i),
                        w.t("dashboard.chart.tip", names.get(i), Format.when(w, s), v.get(i))));
                shapes.add(new Chart.Label(x + barWidth / 2, base - h - 5, "middle", "value", String.valueOf(v.get(i))));
            }
            shapes.add(new Chart.Label(left + g * groupWidth + groupWidth / 2, base + 18, "middle", "axis", s.label().equals("now") ? w.t("dashboard.now")
                    : w.dayMonth(s.date())));
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

    static int percent(int part, int total) {
        return total == 0 ? 0 : Math.round(100f * part / total);
    }
}
