pmSearch.shard("68-6f",{"hostname":[2,16],"hours":[2,9]});
