package org.partnerbot.core.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnerbot.core.command.Speaker;
import org.partnerbot.core.intake.Inbound;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.testing.CoreDriver;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.testing.TestPostgres;
import org.partnerbot.core.wiring.CoreModule;

import static org.assertj.core.api.Assertions.assertThat;

/** The same platform delivery arriving twice at once (two threads, or two nodes on one database) has one effect. */
class ConcurrentDeliveryTest {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void twinDeliveriesRacingHaveOneEffectAndNoErrorReply(String database) throws Exception {
        String url = database.equals("h2") ? null : TestPostgres.freshDatabaseUrl();
        CoreModule nodeA = url == null ? new CoreModule(TestDatabases.inMemory(), MutableClock.at("2026-11-27T10:00:00Z"))
                : CoreModule.open(url, "postgres", "", MutableClock.at("2026-11-27T10:00:00Z"));
        CoreModule nodeB = url == null ? nodeA : CoreModule.open(url, "postgres", "", MutableClock.at("2026-11-27T10:00:00Z"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (CoreDriver channel = new CoreDriver(nodeA, "ws", "C1")) {
            channel.say("sam", "setup Northside");
            for (int i = 0; i < 20; i++) {
                Inbound in = Inbound.command("ws", "C1", "ref", new Speaker("dan", "dan", null), "agenda add item " + i)
                        .withDeliveryId("Ev" + i);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Optional<Reply>>> twins = new ArrayList<>();
                for (CoreModule node : List.of(nodeA, nodeB)) {
                    twins.add(pool.submit(() -> {
                        go.await();
                        return node.bot().handle(in);
                    }));
                }
                go.countDown();
                List<Optional<Reply>> replies = List.of(twins.get(0).get(), twins.get(1).get());
                assertThat(replies.stream().filter(Optional::isPresent).count()).as("delivery %d", i).isEqualTo(1);
                assertThat(replies.stream().flatMap(Optional::stream).findFirst().orElseThrow().plainText())
                        .startsWith("Agenda item " + (i + 1) + " added");
            }
            assertThat(String.join("\n", channel.say("dan", "agenda"))).contains("(20)");
        } finally {
            pool.shutdownNow();
            nodeB.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void newPeopleMetByTwoPartnershipsAtOnceAreOnePerson(String database) throws Exception {
        String url = database.equals("h2") ? null : TestPostgres.freshDatabaseUrl();
        CoreModule nodeA = url == null ? new CoreModule(TestDatabases.inMemory(), MutableClock.at("2026-11-27T10:00:00Z"))
                : CoreModule.open(url, "postgres", "", MutableClock.at("2026-11-27T10:00:00Z"));
        CoreModule nodeB = url == null ? nodeA : CoreModule.open(url, "postgres", "", MutableClock.at("2026-11-27T10:00:00Z"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (CoreDriver one = new CoreDriver(nodeA, "ws", "C1"); CoreDriver two = new CoreDriver(nodeB, "ws", "C2")) {
            one.say("sam", "setup Northside");
            two.say("sam", "setup Southside");
            for (int i = 0; i < 20; i++) {
                String newcomer = "newcomer" + i;
                CountDownLatch go = new CountDownLatch(1);
                Future<List<String>> a = pool.submit(() -> {
                    go.await();
                    return one.say(newcomer, "agenda add from the north");
                });
                Future<List<String>> b = pool.submit(() -> {
                    go.await();
                    return two.say(newcomer, "agenda add from the south");
                });
                go.countDown();
                assertThat(a.get()).first().asString().startsWith("Agenda item " + (i + 1) + " added by " + newcomer);
                assertThat(b.get()).first().asString().startsWith("Agenda item " + (i + 1) + " added by " + newcomer);
            }
        } finally {
            pool.shutdownNow();
            nodeB.close();
        }
    }
}
