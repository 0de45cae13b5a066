package org.partnerbot.config.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A screenshot is a real PNG of the whole page as rendered, from its top to its bottom. */
@BrowserTest
class ScreenshotTest {

    @RegisterExtension
    static final LoopbackSite site = LoopbackSite.start();

    @Test
    void aScreenshotShowsTheWholePageNotJustTheWindow(HeadlessChromium browser) throws Exception {
        browser.open(site.url("/tall.html"));

        Path file = browser.screenshot("tall");

        assertThat(file).isEqualTo(browser.outputDirectory().resolve("tall.png"));
        assertThat(Files.size(file)).isGreaterThan(5_000);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as("a PNG that ImageIO can read").isNotNull();
        // The window is 900 px high; the page is banner + 2600 px + a 200 px footer.
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isGreaterThan(2800);
        assertThat(rgb(image, 5, 5)).as("the banner at the top").isEqualTo(0x1d3557);
        assertThat(rgb(image, 5, image.getHeight() - 5)).as("the footer at the very bottom").isEqualTo(0xe63946);
        assertThat(rgb(image, image.getWidth() / 2, image.getHeight() / 2)).as("the content between").isEqualTo(0xf1faee);
        assertThat(coloursAlong(image, 60)).as("text drawn in the banner").hasSizeGreaterThan(10);
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xffffff;
    }

    private static Set<Integer> coloursAlong(BufferedImage image, int maxY) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < maxY; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(rgb(image, x, y));
            }
        }
        return colours;
    }
}
