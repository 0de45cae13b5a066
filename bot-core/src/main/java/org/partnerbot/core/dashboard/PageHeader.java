package org.partnerbot.core.dashboard;

/**
 * What every page of one partnership shows at its head: whose pages these are, the classification they are marked with,
 * and who is reading.
 *
 * @param partnershipId  the opaque id in the page addresses
 * @param classification the marking every page and every printed page carries
 * @param mayProduceEvidence chairs and admins may produce the evidence pack
 */
public record PageHeader(long partnershipId, String partnership, String classification, String readerName,
                         boolean mayProduceEvidence) {
}
