package org.partnerbot.config.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package an admin uploads to Teams, as the Maven build makes it (config/target/partnerbot-teams.zip). */
class TeamsAppPackageTest {

    private static final Path ZIP = Path.of("target", "partnerbot-teams.zip");
    private static final Map<String, byte[]> entries = new HashMap<>();
    private static JsonNode manifest;

    @BeforeAll
    static void unzip() throws Exception {
        assertThat(ZIP).as("built by `mvn package` (process-resources)").exists();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(ZIP))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        manifest = new ObjectMapper().readTree(entries.get("manifest.json"));
    }

    @Test
    void theManifestParsesAndReferencesBothIconsAtTheRootOfTheZip() throws Exception {
        assertThat(entries).containsOnlyKeys("manifest.json", "color.png", "outline.png");
        String color = manifest.path("icons").path("color").asText();
        String outline = manifest.path("icons").path("outline").asText();
        assertThat(entries).containsKeys(color, outline);

        BufferedImage colorIcon = ImageIO.read(new ByteArrayInputStream(entries.get(color)));
        BufferedImage outlineIcon = ImageIO.read(new ByteArrayInputStream(entries.get(outline)));
        assertThat(colorIcon.getWidth()).isEqualTo(192);
        assertThat(colorIcon.getHeight()).isEqualTo(192);
        assertThat(outlineIcon.getWidth()).isEqualTo(32);
        assertThat(outlineIcon.getHeight()).isEqualTo(32);
    }

    @Test
    void theAppWorksInSharedAndPrivateChannelsToo() {
        assertThat(manifest.path("supportedChannelTypes")).extracting(com.fasterxml.jackson.databind.JsonNode::asText)
                .containsExactlyInAnyOrder("sharedChannels", "privateChannels");
    }

    @Test
    void theAppIdIsFilledInForTheAppTheBotAndTheChannelMessagePermission() {
        String id = manifest.path("id").asText();
        assertThat(id).matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
        String expected = System.getenv("MICROSOFT_APP_ID");
        if (expected != null && !expected.isBlank()) {
            assertThat(id).isEqualTo(expected.strip());
        }
        assertThat(manifest.path("bots").get(0).path("botId").asText()).isEqualTo(id);
        assertThat(manifest.path("webApplicationInfo").path("id").asText()).isEqualTo(id);
        assertThat(manifest.toString()).doesNotContain("{{").doesNotContain("${");
    }

    @Test
    void theBotWorksInTeamsGroupChatsAndPersonalChatAndReadsChannelLinesWithoutAMention() {
        JsonNode bot = manifest.path("bots").get(0);
        List<String> scopes = new ArrayList<>();
        bot.path("scopes").forEach(s -> scopes.add(s.asText()));
        assertThat(scopes).containsExactlyInAnyOrder("team", "groupChat", "personal");

        List<String> permissions = new ArrayList<>();
        manifest.path("authorization").path("permissions").path("resourceSpecific")
                .forEach(p -> permissions.add(p.path("name").asText()));
        assertThat(permissions).contains("ChannelMessage.Read.Group");

        for (JsonNode list : bot.path("commandLists")) {
            assertThat(list.path("commands").size()).as("Teams shows at most 10 commands per list").isBetween(1, 10);
            for (JsonNode command : list.path("commands")) {
                assertThat(command.path("title").asText()).hasSizeLessThanOrEqualTo(32);
                assertThat(command.path("description").asText()).isNotBlank().hasSizeLessThanOrEqualTo(128);
            }
        }
        assertThat(manifest.path("description").path("short").asText()).hasSizeLessThanOrEqualTo(80);
        assertThat(manifest.path("description").path("full").asText()).hasSizeLessThanOrEqualTo(4000);
        assertThat(manifest.path("name").path("short").asText()).hasSizeLessThanOrEqualTo(30);
        assertThat(manifest.path("name").path("full").asText()).hasSizeLessThanOrEqualTo(100);
    }
}
