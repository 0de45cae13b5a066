/** Assembles the core on a database; the launcher and tests build the bot through it. */
package org.partnerbot.core.wiring;
