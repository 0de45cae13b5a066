package org.partnerbot.core.command;

import java.util.List;

/** A capability's contribution to the grammar. New capabilities add a set; nothing else needs to change. */
public interface CommandSet {

    List<CommandSpec> commands();
}
