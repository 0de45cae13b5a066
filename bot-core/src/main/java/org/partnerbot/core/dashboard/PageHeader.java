package org.partnerbot.core.dashboard;

import org.partnerbot.core.i18n.Language;

/**
 * What every page of one partnership shows at its head: whose pages these are, the classification they are marked with,
 * and who is reading.
 *
 * @param partnershipId  the opaque id in the page addresses
 * @param classification the marking every page and every printed page carries
 * @param mayProduceEvidence chairs and admins may produce the evidence pack
 * @param language       the reader's language (their `language` choice, else what their platform said): the page's
 */
public record PageHeader(long partnershipId, String partnership, String classification, String readerName,
                         boolean mayProduceEvidence, Language language) {
}
