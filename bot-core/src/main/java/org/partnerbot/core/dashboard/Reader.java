package org.partnerbot.core.dashboard;

/** A person signed in to the dashboard: who the platform says they are, in one workspace. Never shown in a URL. */
public record Reader(String workspace, String userKey) {
}
