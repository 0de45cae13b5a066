/** The glossary: plain-words meanings (`glossary`, `define`), and the meanings of terms a meeting used, at the end of its minutes. */
package org.partnerbot.core.glossary;
