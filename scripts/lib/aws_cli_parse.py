"""Checks AWS CLI command lines with the AWS CLI's own parser and the service model, without sending anything.

Reads a JSON list of {"id": str, "argv": [str, ...]} (argv without the leading `aws`) on stdin and writes a JSON
list of {"id": str, "ok": bool, "error": str} to stdout. A command is OK when the CLI parses it, every option is
spelled out in full (the CLI would silently accept an abbreviation such as --document-nam), and botocore builds
and validates the request: the check stops the request just before it would be sent. Runs on the Python that
Debian's `awscli` package (AWS CLI v2) installs; nothing reaches the network.
"""

import contextlib
import io
import json
import os
import sys

os.environ.update(
    {
        "AWS_ACCESS_KEY_ID": "AKIAIOSFODNN7EXAMPLE",
        "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "AWS_DEFAULT_REGION": "ap-northeast-1",
        "AWS_CONFIG_FILE": os.devnull,
        "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
        "AWS_EC2_METADATA_DISABLED": "true",
        "AWS_PAGER": "",
    }
)
os.environ.pop("AWS_PROFILE", None)

from awscli.clidriver import create_clidriver  # noqa: E402


class RequestBuilt(Exception):
    """Raised from the before-send hook: the request was built and validated, so the command line is valid."""


def command_for(driver, argv):
    """The command object argv names (service, then operation or subcommands), and the options after it."""
    table = driver._get_command_table()
    command = None
    rest = list(argv)
    while rest and not rest[0].startswith("-"):
        name = rest[0]
        if command is not None:
            table = command._get_command_table() if hasattr(command, "_get_command_table") else getattr(command, "subcommand_table", {})
        if name not in table:
            break
        command = table[name]
        rest.pop(0)
        if not (hasattr(command, "_get_command_table") or getattr(command, "subcommand_table", None)):
            break
    return command, rest


def unknown_options(driver, argv):
    """Options that are not spelled exactly as the command or the CLI defines them."""
    command, rest = command_for(driver, argv)
    if command is None:
        return ["(no such command)"]
    known = set(command.arg_table) | set(driver._get_argument_table())
    problems = []
    for token in rest:
        if not token.startswith("--"):
            continue
        name = token[2:].split("=", 1)[0]
        if name in known or (name.startswith("no-") and name[3:] in known):
            continue
        problems.append(token)
    return problems


# One driver for every command: creating one costs about 0.3 s, and main() keeps no state between calls that
# changes how the next command line is parsed (each call parses its own global options).
REFERENCE_DRIVER = create_clidriver()
built = []


def stop_before_sending(request, **kwargs):
    built.append(request)
    raise RequestBuilt()


REFERENCE_DRIVER.session.register("before-send", stop_before_sending)


def check(argv):
    problems = unknown_options(REFERENCE_DRIVER, argv)
    if problems:
        return False, "not an option of this command (spell options out in full): " + " ".join(problems)
    driver = REFERENCE_DRIVER
    built.clear()
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(io.StringIO()):
        try:
            driver.main(list(argv))
        except SystemExit:
            pass
    if built:
        return True, ""
    return False, stderr.getvalue().strip() or "the CLI did not build a request"


def main():
    results = []
    for item in json.load(sys.stdin):
        ok, error = check(item["argv"])
        results.append({"id": item["id"], "ok": ok, "error": error})
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
