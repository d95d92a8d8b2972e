"""Root encrypted, a second data volume (built in a loop) is not.

expect: ebs-encrypted @ db-node
"""

from corpus_kit import compliant_launch_template

volumes = []
for device, size, enc in [("/dev/xvda", 20, "true"), ("/dev/xvdb", 200, None)]:
    ebs = {"volume_size": size, "volume_type": "gp3"}
    if enc:
        ebs["encrypted"] = enc
    volumes.append({"device_name": device, "ebs": ebs})
compliant_launch_template("db-node", block_device_mappings=volumes)
