package org.partnerbot.core.dashboard;

/**
 * One page for a reader who may see the partnership.
 *
 * @param body the page's read model; null when the reader's role does not allow this page (the evidence pack)
 */
public record Page<T>(PageHeader header, T body) {

    public boolean allowed() {
        return body != null;
    }
}
