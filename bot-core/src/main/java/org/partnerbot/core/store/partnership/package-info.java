/** JDBC storage of partnerships, agencies, members and roles (its row mappers are shared by the other stores: every capability joins members), in the caller's transaction. */
package org.partnerbot.core.store.partnership;
