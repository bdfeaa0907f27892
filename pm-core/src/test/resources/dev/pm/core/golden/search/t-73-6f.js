pmSearch.shard("73-6f",{"some":[2,16],"sorry":[0,1,1,1,1,1]});
