// Serves a folder read-only on 127.0.0.1 (node chart-repo.js DIR PORT): the Helm chart
// repositories the end-to-end suite builds from ../shared/charts stand in for the remote ones.
const http = require('http');
const fs = require('fs');
const path = require('path');
const { URL } = require('url');

const [root, port] = process.argv.slice(2);
http
  .createServer((request, response) => {
    // normalize() on a rooted path drops every leading "..", so nothing outside root is served.
    const file = path.join(root, path.normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)));
    fs.readFile(file, (error, body) => {
      response.writeHead(error ? 404 : 200);
      response.end(error ? undefined : body);
    });
  })
  .listen(Number(port), '127.0.0.1');
