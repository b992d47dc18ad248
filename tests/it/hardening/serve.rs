//! Defect 4: `serve` answers everyone while one client does not read, checks `Host`, bounds
//! requests, never writes its script into the output, and shows a failed build in the browser.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// `dossier serve` on a free port, killed when dropped.
struct Serving {
    child: Child,
    addr: SocketAddr,
}

impl Drop for Serving {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(root: &std::path::Path) -> Serving {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("dossier"))
        .args(["serve", "--port", "0", "--root"])
        .arg(root)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut lines = BufReader::new(stdout).lines();
    let addr = loop {
        let line = lines.next().expect("serve printed its address").unwrap();
        if let Some(rest) = line.split("http://").nth(1) {
            break rest.split('/').next().unwrap().parse().unwrap();
        }
    };
    // Keep draining stdout so that the server never blocks on printing.
    std::thread::spawn(move || for _ in lines {});
    Serving { child, addr }
}

/// One request; returns the whole response (status line, headers, body).
fn request(addr: SocketAddr, head: &str) -> String {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    stream.write_all(head.as_bytes()).unwrap();
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    String::from_utf8_lossy(&response).to_string()
}

fn get(addr: SocketAddr, path: &str) -> String {
    request(
        addr,
        &format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
    )
}

fn big_dossier() -> tempfile::TempDir {
    let paragraph = "The ministry said on Monday that talks with the alliance continue. ";
    let text = format!(
        "Ministry says talks continue\n\n{}\n",
        (0..3000)
            .map(|_| paragraph)
            .collect::<Vec<_>>()
            .join("\n\n")
    );
    crate::support::dossier(&[("content/sources/tass.txt", &text)])
}

#[test]
fn serve_answers_others_while_a_client_does_not_read() {
    let dir = big_dossier();
    let server = serve(dir.path());
    // The stuck client asks for a large page many times over and never reads an answer.
    let mut stuck = TcpStream::connect(server.addr).unwrap();
    let page = "GET /sources/tass.html HTTP/1.1\r\nHost: localhost\r\n\r\n";
    stuck
        .set_write_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    for _ in 0..200 {
        if stuck.write_all(page.as_bytes()).is_err() {
            break;
        }
    }
    std::thread::sleep(Duration::from_millis(500));
    for _ in 0..5 {
        let answer = get(server.addr, "/index.html");
        assert!(
            answer.starts_with("HTTP/1.1 200"),
            "{}",
            &answer[..answer.len().min(200)]
        );
    }
    drop(stuck);
}

#[test]
fn serve_checks_host_bounds_requests_and_keeps_its_script_out_of_the_output() {
    let dir = big_dossier();
    let server = serve(dir.path());
    let rebinding = request(
        server.addr,
        "GET /index.html HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n",
    );
    assert!(rebinding.starts_with("HTTP/1.1 421"), "{rebinding}");
    assert!(!rebinding.contains("Ministry says"));
    let huge = request(
        server.addr,
        "GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100000000\r\nConnection: close\r\n\r\n",
    );
    assert!(huge.starts_with("HTTP/1.1 413"), "{huge}");
    let traversal = get(server.addr, "/../content/sources/tass.txt");
    assert!(!traversal.starts_with("HTTP/1.1 200"), "{traversal}");
    let page = get(server.addr, "/index.html");
    assert!(page.starts_with("HTTP/1.1 200"));
    assert!(page.contains("<script src=\"/__dossier/reload.js\"></script>"));
    let on_disk = std::fs::read_to_string(dir.path().join("public/index.html")).unwrap();
    assert!(
        !on_disk.contains("__dossier"),
        "the script was written into public/"
    );
    assert!(dir.path().join("content/sources/tass.txt").is_file());
}

#[test]
fn a_failed_rebuild_shows_its_problem_in_the_browser() {
    let dir = super::small_dossier();
    let server = serve(dir.path());
    let mut events = TcpStream::connect(server.addr).unwrap();
    events
        .set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    events
        .write_all(b"GET /__dossier/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        .unwrap();
    let mut reader = BufReader::new(events);
    let mut seen = String::new();
    let mut line = String::new();
    while !seen.contains("event: built") {
        line.clear();
        assert!(
            reader.read_line(&mut line).unwrap() > 0,
            "stream closed: {seen}"
        );
        seen.push_str(&line);
    }
    std::fs::write(dir.path().join("dossier.yaml"), "title: ok\ntitel: typo\n").unwrap();
    while !seen.contains("event: failed") || !seen.ends_with("\n\n") {
        line.clear();
        assert!(
            reader.read_line(&mut line).unwrap() > 0,
            "stream closed: {seen}"
        );
        seen.push_str(&line);
    }
    assert!(seen.contains("\"file\":\"dossier.yaml\""), "{seen}");
    assert!(seen.contains("\"line\":2"), "{seen}");
    assert!(seen.contains("titel"), "{seen}");
    // The previous build is still served.
    assert!(get(server.addr, "/index.html").starts_with("HTTP/1.1 200"));
}
