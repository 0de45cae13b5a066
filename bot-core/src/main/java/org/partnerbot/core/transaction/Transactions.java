package org.partnerbot.core.transaction;

import java.util.function.Supplier;

/** Port: runs work as one all-or-nothing unit. A nested call joins the outer unit. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
