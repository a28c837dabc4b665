package dev.golden.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 keep-alive connection that posts JSON and reads the answer on the calling thread:
 * a load generator's client, lean so that its own CPU stays small beside the server's and is
 * counted on the thread that calls it. Not a general client: no TLS, no redirects, no
 * compression, no pipelining; reconnects once when the server closed the connection.
 */
final class KeepAliveClient implements AutoCloseable {

  /** A status and the body as text. */
  record Response(int status, String body) {}

  private final InetSocketAddress address;
  private final byte[] headerStart;
  private Socket socket;
  private OutputStream out;
  private InputStream in;
  private final ByteArrayOutputStream request = new ByteArrayOutputStream(1024);
  private final StringBuilder line = new StringBuilder(128);

  /**
   * @param base the server, {@code http://host:port}
   * @param authorization the {@code Authorization} header's value sent with every request
   */
  KeepAliveClient(URI base, String authorization) {
    this.address = new InetSocketAddress(base.getHost(), base.getPort());
    this.headerStart = ("Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
        + "Authorization: " + authorization + "\r\n"
        + "Content-Type: application/json\r\n"
        + "Content-Length: ").getBytes(StandardCharsets.US_ASCII);
  }

  /** POSTs {@code body} (UTF-8 JSON) to {@code path} and waits for the whole answer. */
  Response post(String path, byte[] body) throws IOException {
    request.reset();
    request.writeBytes(("POST " + path + " HTTP/1.1\r\n").getBytes(StandardCharsets.US_ASCII));
    request.writeBytes(headerStart);
    request.writeBytes((body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    request.writeBytes(body);
    boolean fresh = socket == null;
    try {
      return exchange();
    } catch (IOException e) {
      if (fresh) {
        throw e;
      }
      // The server may close an idle keep-alive connection: one new connection, one more try.
      close();
      return exchange();
    }
  }

  private Response exchange() throws IOException {
    if (socket == null) {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(address);
      out = socket.getOutputStream();
      in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    }
    request.writeTo(out);
    out.flush();
    return read();
  }

  private Response read() throws IOException {
    String statusLine = readLine();
    int status = Integer.parseInt(statusLine.substring(9, 12));
    int length = -1;
    boolean chunked = false;
    boolean closing = false;
    for (String header = readLine(); !header.isEmpty(); header = readLine()) {
      int colon = header.indexOf(':');
      String name = header.substring(0, colon).trim();
      String value = header.substring(colon + 1).trim();
      if (name.equalsIgnoreCase("Content-Length")) {
        length = Integer.parseInt(value);
      } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
        chunked = true;
      } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
        closing = true;
      }
    }
    byte[] body;
    if (chunked) {
      ByteArrayOutputStream chunks = new ByteArrayOutputStream();
      for (int size = Integer.parseInt(readLine().trim(), 16); size > 0; size = Integer.parseInt(readLine().trim(), 16)) {
        chunks.writeBytes(in.readNBytes(size));
        readLine();
      }
      readLine();
      body = chunks.toByteArray();
    } else if (length >= 0) {
      body = in.readNBytes(length);
      if (body.length < length) {
        throw new EOFException("the answer ended after " + body.length + " of " + length + " bytes");
      }
    } else {
      body = in.readAllBytes();
      closing = true;
    }
    if (closing) {
      close();
    }
    return new Response(status, new String(body, StandardCharsets.UTF_8));
  }

  private String readLine() throws IOException {
    line.setLength(0);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new EOFException("the server closed the connection");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
      socket = null;
    }
  }
}
