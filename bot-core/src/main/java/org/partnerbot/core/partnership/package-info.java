/** The partnership's model, shared by every capability and by the grammar: partnerships, agencies, members, roles, and their ports. Its commands are in `membership`. */
package org.partnerbot.core.partnership;
