package org.partnerbot.config.dashboard;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/** The dashboard's jte templates, compiled to Java at build time (src/main/jte): HTML, escaped by default. */
final class Templates {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    String render(String name, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        engine.render("dashboard/" + name + ".jte", params, out);
        return out.toString();
    }
}
