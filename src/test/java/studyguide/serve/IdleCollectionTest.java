package studyguide.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * serve collects garbage a moment after each build, unless a change comes first: once the requests since the
 * build have been quiet, or after the delay when none came.
 */
@Timeout(30)
class IdleCollectionTest {

    @Test
    void collectsOnceAMomentAfterABuild() throws Exception {
        Semaphore collected = new Semaphore(0);
        try (IdleCollection idle = new IdleCollection(collected::release, 20)) {
            idle.built();
            assertTrue(collected.tryAcquire(10, TimeUnit.SECONDS));
            Thread.sleep(200);
            assertEquals(0, collected.availablePermits(), "one collection a build");
        }
    }

    @Test
    void aBuildThatAnnouncedNothingIsCollectedAtOnceAndOnlyOnce() throws Exception {
        // The warm-up's last rebuild: no page asks for anything after it, so the delay would only be waited out.
        Semaphore collected = new Semaphore(0);
        try (IdleCollection idle = new IdleCollection(collected::release, 20_000, 20_000)) {
            idle.built();
            idle.builtUnannounced();
            assertTrue(collected.tryAcquire(10, TimeUnit.SECONDS), "collected long before the delay");
            Thread.sleep(200);
            assertEquals(0, collected.availablePermits(), "the build before it is collected with it");
        }
    }

    @Test
    void aChangeBeforeTheCollectionCancelsIt() throws Exception {
        AtomicInteger collections = new AtomicInteger();
        try (IdleCollection idle = new IdleCollection(collections::incrementAndGet, 1_000)) {
            idle.built();
            idle.changeCame();
            Thread.sleep(1_500);
            assertEquals(0, collections.get());
        }
    }

    @Test
    void buildsInARowCollectOnce() throws Exception {
        AtomicInteger collections = new AtomicInteger();
        try (IdleCollection idle = new IdleCollection(collections::incrementAndGet, 500)) {
            idle.built();
            idle.built();
            idle.built();
            Thread.sleep(1_500);
            assertEquals(1, collections.get());
        }
    }

    @Test
    void nothingIsCollectedOnceClosed() throws Exception {
        AtomicInteger collections = new AtomicInteger();
        IdleCollection idle = new IdleCollection(collections::incrementAndGet, 100);
        idle.built();
        idle.close();
        idle.built(); // a build that ends while serve stops (its warm-up)
        Thread.sleep(500);
        assertEquals(0, collections.get());
    }

    @Test
    void aRequestAfterABuildBringsTheCollectionForward() throws Exception {
        Semaphore collected = new Semaphore(0);
        try (IdleCollection idle = new IdleCollection(collected::release, 20_000, 20)) {
            idle.built();
            idle.served();
            assertTrue(collected.tryAcquire(10, TimeUnit.SECONDS), "collected long before the delay");
            idle.served();
            Thread.sleep(200);
            assertEquals(0, collected.availablePermits(), "a request after the collection brings no other");
        }
    }

    @Test
    void requestsThatKeepComingDoNotPutItOffPastTheDelay() throws Exception {
        AtomicInteger collections = new AtomicInteger();
        try (IdleCollection idle = new IdleCollection(collections::incrementAndGet, 300, 60_000)) {
            idle.built();
            for (int i = 0; i < 30; i++) {
                idle.served();
                Thread.sleep(50);
            }
            assertEquals(1, collections.get());
        }
    }

    @Test
    void aRequestWithNoBuildBeforeItCollectsNothing() throws Exception {
        AtomicInteger collections = new AtomicInteger();
        try (IdleCollection idle = new IdleCollection(collections::incrementAndGet, 100, 10)) {
            idle.served();
            idle.built();
            idle.changeCame();
            idle.served();
            Thread.sleep(500);
            assertEquals(0, collections.get());
        }
    }
}
