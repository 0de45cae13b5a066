/** The shared HTTP listener and its operational endpoints. */
package org.partnerbot.config.http;
