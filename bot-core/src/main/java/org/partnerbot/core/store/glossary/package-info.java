/** JDBC storage of glossary terms, in the caller's transaction. */
package org.partnerbot.core.store.glossary;
