<?xml version="1.0" encoding="utf-8"?>
<!--
  Keeps the package's XML documentation to the public API. Hand-written internals are documented with // comments,
  so they never reach the file; the JSON source generator writes /// comments on the internal KneeJsonContext, which
  this drops. DocumentationFileTests checks the result.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="xml" indent="yes" encoding="utf-8" />
  <xsl:template match="@* | node()">
    <xsl:copy>
      <xsl:apply-templates select="@* | node()" />
    </xsl:copy>
  </xsl:template>
  <xsl:template match="member[starts-with(substring-after(@name, ':'), 'KneeStrength.Serialization.KneeJsonContext')]" />
</xsl:stylesheet>
