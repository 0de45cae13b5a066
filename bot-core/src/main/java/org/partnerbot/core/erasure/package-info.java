/** Erasure: `forget @user` (admin) and `forget me` remove a person's personal data — name, platform user key, agency, roles, pairing history, kudos — and show them as "former member N" in the minutes, actions, reports and audit log, which keep their shape. */
package org.partnerbot.core.erasure;
