/** The command grammar: specs contributed by each capability, text normalisation and argument parsing. */
package org.partnerbot.core.command;
