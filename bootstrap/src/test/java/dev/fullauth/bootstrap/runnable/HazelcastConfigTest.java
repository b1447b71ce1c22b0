package dev.fullauth.bootstrap.runnable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fullauth.adapter.persistence.cache.JCacheLoginAttempts;
import dev.fullauth.adapter.persistence.cache.JCacheOneTimeStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import javax.management.BadAttributeValueExpException;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Hazelcast configuration that {@code ./fullauth start} generates (by sourcing the script and
 * calling its own functions), its production refusal, the deserialisation allow-list shared by the
 * Hazelcast files, the script's JVM-wide filter and the system tests' JVM options, and the HTTP
 * listener settings the script and the system tests share.
 */
class HazelcastConfigTest {
  private static final Path ROOT = projectRoot();

  @TempDir Path dir;

  private static Path projectRoot() {
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("fullauth")) ? here : here.getParent();
  }

  /** Runs a bash snippet after sourcing the script, with exactly the given FULLAUTH variables. */
  private static Result bash(String snippet, Map<String, String> env) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder("bash", "-c", "source ./fullauth && " + snippet)
            .directory(ROOT.toFile())
            .redirectErrorStream(true);
    builder.environment().keySet().removeIf(k -> k.startsWith("FULLAUTH_"));
    builder.environment().putAll(env);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), output);
  }

  private record Result(int exit, String output) {}

  private Document generated(Map<String, String> env) throws Exception {
    Result r = bash("write_runtime_files '" + dir + "'", env);
    assertThat(r.exit()).as(r.output()).isZero();
    return parse(dir.resolve("hazelcast.xml"));
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static List<String> texts(Document doc, String tag) {
    NodeList nodes = doc.getElementsByTagNameNS("*", tag);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent().strip());
    }
    return out;
  }

  private static Element single(Document doc, String tag) {
    NodeList nodes = doc.getElementsByTagNameNS("*", tag);
    assertThat(nodes.getLength()).as(tag).isEqualTo(1);
    return (Element) nodes.item(0);
  }

  private static String sha256Hex(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void generatedConfig_joinsOnlyTheListedMembers_onTheConfiguredInterface_neverByMulticast()
      throws Exception {
    Document doc =
        generated(
            Map.of(
                "FULLAUTH_CLUSTER_MEMBERS", "10.0.0.5, 10.0.0.6:7000",
                "FULLAUTH_CLUSTER_INTERFACE", "10.0.0.5",
                "FULLAUTH_CLUSTER_PORT", "6911"));
    assertThat(single(doc, "multicast").getAttribute("enabled")).isEqualTo("false");
    assertThat(single(doc, "auto-detection").getAttribute("enabled")).isEqualTo("false");
    assertThat(single(doc, "tcp-ip").getAttribute("enabled")).isEqualTo("true");
    assertThat(texts(doc, "member")).containsExactly("10.0.0.5:6911", "10.0.0.6:7000");
    assertThat(texts(doc, "interface")).containsExactly("10.0.0.5");
    assertThat(texts(doc, "port")).containsExactly("6911");
    assertThat(texts(doc, "cluster-name")).containsExactly("fullauth");
    String file = Files.readString(dir.resolve("hazelcast.xml"));
    assertThat(file).doesNotContain("@");
  }

  @Test
  void theClusterSecret_becomesADigestInTheClusterName_neverItself() throws Exception {
    String secret = "correct horse battery staple";
    Document doc =
        generated(Map.of("FULLAUTH_CLUSTER_SECRET", secret, "FULLAUTH_CLUSTER_NAME", "acme"));
    assertThat(texts(doc, "cluster-name"))
        .containsExactly("acme-" + sha256Hex("fullauth-hazelcast-cluster\n" + secret));
    assertThat(Files.readString(dir.resolve("hazelcast.xml"))).doesNotContain(secret);
  }

  @Test
  void generatedConfig_allowsOnlyTheListedClassesToBeDeserialised() throws Exception {
    Document doc = generated(Map.of());
    Element filter = single(doc, "java-serialization-filter");
    assertThat(filter.getAttribute("defaults-disabled")).isEqualTo("true");
    assertThat(texts(doc, "prefix")).isEqualTo(allowList());
    assertThat(doc.getElementsByTagNameNS("*", "blacklist").getLength()).isZero();
  }

  @Test
  void production_refusesAClusterBeyondThisHost_withoutASecret() throws Exception {
    Map<String, String> exposed =
        Map.of(
            "FULLAUTH_PROFILE", "production",
            "FULLAUTH_CLUSTER_MEMBERS", "127.0.0.1,node-b.internal:6900");
    Result refused = bash("check_cluster_safety; echo started", exposed);
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.output())
        .contains("FULLAUTH_PROFILE=production refuses to start")
        .contains("node-b.internal:6900")
        .contains("FULLAUTH_CLUSTER_SECRET is not set")
        .doesNotContain("started");

    Map<String, String> withSecret = new java.util.HashMap<>(exposed);
    withSecret.put("FULLAUTH_CLUSTER_SECRET", "s3cret");
    assertThat(bash("check_cluster_safety; echo started", withSecret).output()).contains("started");
    Map<String, String> loopback =
        Map.of(
            "FULLAUTH_PROFILE", "PRODUCTION",
            "FULLAUTH_CLUSTER_MEMBERS", "127.0.0.1:27950,localhost,[::1]:6900",
            "FULLAUTH_CLUSTER_INTERFACE", "127.0.0.1");
    assertThat(bash("check_cluster_safety; echo started", loopback).output()).contains("started");
    Map<String, String> exposedInterface =
        Map.of("FULLAUTH_PROFILE", "production", "FULLAUTH_CLUSTER_INTERFACE", "10.0.0.5");
    assertThat(bash("check_cluster_safety", exposedInterface).exit()).isEqualTo(1);
    Map<String, String> development = Map.of("FULLAUTH_CLUSTER_INTERFACE", "10.0.0.5");
    assertThat(bash("check_cluster_safety; echo started", development).output())
        .contains("started");
  }

  @Test
  void systemTestConfig_carriesTheAllowList_andTheJvmFilterIsTheScripts() throws Exception {
    Document it = parse(ROOT.resolve("bootstrap/src/test/payara/hazelcast-it.xml"));
    assertThat(single(it, "java-serialization-filter").getAttribute("defaults-disabled"))
        .isEqualTo("true");
    assertThat(texts(it, "prefix")).isEqualTo(allowList());
    assertThat(single(it, "multicast").getAttribute("enabled")).isEqualTo("false");

    String pattern = jvmFilter();
    assertThat(Files.readString(ROOT.resolve("bootstrap/pom.xml")))
        .contains("-Djdk.serialFilter=" + pattern + "</payara.cmdOptions>");
  }

  @Test
  void systemTests_configureTheHttpListenerLikeTheScript() throws Exception {
    Result r = bash("write_runtime_files '" + dir + "'", Map.of());
    assertThat(r.exit()).as(r.output()).isZero();
    assertThat(Files.readAllLines(dir.resolve("preboot.txt")))
        .isEqualTo(
            Files.readAllLines(ROOT.resolve("bootstrap/src/main/payara/preboot-loopback.txt")));
    Result flag = bash("printf '%s' \"$FULLAUTH_HEADER_VALUES\"", Map.of());
    assertThat(flag.output()).contains("STRICT_HEADER_VALUE_VALIDATION_RFC_9110=false");
    assertThat(Files.readString(ROOT.resolve("bootstrap/pom.xml")))
        .contains("<payara.cmdOptions>-Xmx768m -D" + flag.output() + " ");
  }

  @Test
  void jvmFilter_letsTheCacheValuesAndPlatformTypesThrough_andRefusesGadgets() throws Exception {
    ObjectInputFilter filter = ObjectInputFilter.Config.createFilter(jvmFilter());
    List<Serializable> needed =
        List.of(
            42L,
            new long[] {1, 2, 3},
            "key",
            new JCacheLoginAttempts.Attempts(3, 1000L, 0L),
            new JCacheOneTimeStore.Entry("state", 2000L),
            (Serializable) CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.SECONDS, 60)),
            new java.util.ArrayList<>(List.of(1, 2)),
            InetAddress.getByAddress("node", new byte[] {10, 0, 0, 1}),
            new IllegalStateException("remote failure"),
            new javax.naming.Reference("java.lang.String"),
            new File("/tmp"));
    for (Serializable value : needed) {
      assertThat(roundTrip(value, filter)).as(value.getClass().getName()).isNotNull();
    }
    for (Serializable refused :
        List.<Serializable>of(new BadAttributeValueExpException("x"), nested(250))) {
      assertThatThrownBy(() -> roundTrip(refused, filter))
          .as(refused.getClass().getName())
          .isInstanceOf(InvalidClassException.class);
    }
  }

  private static Serializable nested(int depth) {
    java.util.ArrayList<Object> list = new java.util.ArrayList<>();
    for (int i = 1; i < depth; i++) {
      java.util.ArrayList<Object> outer = new java.util.ArrayList<>();
      outer.add(list);
      list = outer;
    }
    return list;
  }

  private static Object roundTrip(Serializable value, ObjectInputFilter filter)
      throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      in.setObjectInputFilter(filter);
      return in.readObject();
    }
  }

  /** The allow-list of the template, the one source the others are compared with. */
  private static List<String> allowList() throws Exception {
    return texts(parse(ROOT.resolve("bootstrap/src/main/payara/hazelcast-template.xml")), "prefix");
  }

  private static String jvmFilter() throws Exception {
    Result r = bash("printf '%s' \"$FULLAUTH_SERIAL_FILTER\"", Map.of());
    assertThat(r.exit()).isZero();
    return r.output();
  }
}
