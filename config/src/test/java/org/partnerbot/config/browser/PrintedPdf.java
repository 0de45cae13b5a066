package org.partnerbot.config.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A page as Chromium printed it, read back with PDFBox: page by page, so a test can ask what each printed page says.
 *
 * @param file  the PDF, kept under {@code target/} for a person to look at
 * @param pages the printed pages, first to last
 */
public record PrintedPdf(Path file, List<Page> pages) {

    /** ISO A4 in PDF points (1/72 inch): 210 × 297 mm. */
    public static final float A4_WIDTH = 595.28f;
    public static final float A4_HEIGHT = 841.89f;

    /**
     * One printed page.
     *
     * @param number 1 for the first page
     * @param width  in points; see {@link #A4_WIDTH}
     * @param text   its text as PDFBox extracts it
     */
    public record Page(int number, float width, float height, String text) {

        public boolean isA4() {
            return Math.abs(width - A4_WIDTH) < 1 && Math.abs(height - A4_HEIGHT) < 1;
        }

        /** Whether the page says {@code marking}, ignoring how the PDF broke lines and spaced words. */
        public boolean carries(String marking) {
            return normalised(text).contains(normalised(marking));
        }

        private static String normalised(String text) {
            return text.replaceAll("\\s+", " ");
        }
    }

    public PrintedPdf {
        pages = List.copyOf(pages);
    }

    /** Reads every page's size and text from a PDF file. */
    public static PrintedPdf read(Path file) {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<Page> pages = new ArrayList<>();
            for (int number = 1; number <= document.getNumberOfPages(); number++) {
                stripper.setStartPage(number);
                stripper.setEndPage(number);
                PDRectangle size = document.getPage(number - 1).getMediaBox();
                pages.add(new Page(number, size.getWidth(), size.getHeight(), stripper.getText(document)));
            }
            return new PrintedPdf(file, pages);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the PDF " + file, e);
        }
    }

    public int pageCount() {
        return pages.size();
    }

    public List<String> pageTexts() {
        return pages.stream().map(Page::text).toList();
    }

    /** The numbers of the pages that do not carry {@code marking}. */
    public List<Integer> pagesWithout(String marking) {
        return pages.stream().filter(page -> !page.carries(marking)).map(Page::number).toList();
    }

    /** Throws an {@link AssertionError} naming each page without {@code marking} and what that page does say. */
    public void assertEveryPageCarries(String marking) {
        if (pages.isEmpty()) {
            throw new AssertionError(file + " has no pages");
        }
        List<Integer> without = pagesWithout(marking);
        if (!without.isEmpty()) {
            throw new AssertionError("'" + marking + "' is missing from page(s) " + without.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")) + " of " + pageCount() + " in " + file + ":\n" + without.stream()
                    .map(number -> "  page " + number + " begins: " + opening(pages.get(number - 1).text()))
                    .collect(Collectors.joining("\n")));
        }
    }

    private static String opening(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 120 ? flat : flat.substring(0, 120) + "…";
    }

    static PrintedPdf write(Path file, byte[] pdf) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the PDF " + file, e);
        }
        return read(file);
    }
}
